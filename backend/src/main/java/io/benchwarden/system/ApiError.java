package io.benchwarden.system;

import java.util.List;

import io.benchwarden.contract.Problem;

/**
 * The one shape of every API error: a machine-readable code, a sentence, and for invalid input the list of every
 * problem found (artifact, field, message). Never a stack trace or SQL.
 */
public record ApiError(int status, String error, String message, List<Problem> errors) {

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, List.of());
    }
}
