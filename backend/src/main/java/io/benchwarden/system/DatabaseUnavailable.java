package io.benchwarden.system;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The one answer when PostgreSQL cannot be reached, whether the failure surfaces in a controller or in a
 * security filter before it: 503, Retry-After, and the assurance that nothing was stored.
 */
public final class DatabaseUnavailable {

    public static final String RETRY_AFTER_SECONDS = "30";
    public static final String ERROR = "database_unavailable";
    public static final String MESSAGE = "the database is unavailable; nothing was stored, retry later";

    private DatabaseUnavailable() {
    }

    /** Failures that say "the database is not there right now" rather than "this request is wrong". */
    public static boolean is(Throwable failure) {
        return failure instanceof CannotCreateTransactionException
                || failure instanceof DataAccessResourceFailureException
                || failure instanceof TransientDataAccessException;
    }

    public static ApiError body() {
        return ApiError.of(503, ERROR, MESSAGE);
    }
}
