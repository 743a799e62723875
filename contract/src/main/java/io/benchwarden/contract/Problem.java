package io.benchwarden.contract;

/**
 * One thing wrong with an input: which artifact, where in it (a JSON pointer, or a form field name),
 * and the rule it breaks in words a person can act on.
 */
public record Problem(String artifact, String field, String message) {

    @Override
    public String toString() {
        return artifact + ": " + (field == null || field.isEmpty() ? "" : field + " ") + message;
    }
}
