package io.benchwarden.hosted;

import java.util.List;
import java.util.Optional;

import io.benchwarden.contract.Problem;

/**
 * The outcome of reading untrusted input: a value, or every problem found in it. Exactly one of the two is present,
 * so callers answer 422 with the whole list instead of the first failure.
 */
public record Parsed<T>(Optional<T> value, List<Problem> problems) {

    public Parsed {
        problems = List.copyOf(problems);
        if (value.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a parse result holds either a value or problems, not both or neither");
        }
    }

    public static <T> Parsed<T> of(T value) {
        return new Parsed<>(Optional.of(value), List.of());
    }

    public static <T> Parsed<T> failed(List<Problem> problems) {
        return new Parsed<>(Optional.empty(), problems);
    }

    public boolean isValid() {
        return value.isPresent();
    }
}
