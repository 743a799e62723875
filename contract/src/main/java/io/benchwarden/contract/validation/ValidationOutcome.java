package io.benchwarden.contract.validation;

import java.util.List;

import io.benchwarden.contract.Problem;
import io.benchwarden.contract.model.StrictBundle;

/** Either every problem found, or the parsed bundle; never both. */
public record ValidationOutcome(List<Problem> problems, StrictBundle bundle) {

    public boolean valid() {
        return problems.isEmpty();
    }
}
