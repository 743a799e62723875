package io.benchwarden.system;

import java.sql.SQLException;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The one answer when PostgreSQL cannot be reached, whether the failure surfaces in a controller or in a
 * security filter before it: 503, Retry-After, and the assurance that nothing was stored.
 */
public final class DatabaseUnavailable {

    public static final String RETRY_AFTER_SECONDS = "30";
    public static final String ERROR = "database_unavailable";
    public static final String MESSAGE = "the database is unavailable; nothing was stored, retry later";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);
    /**
     * Server states meaning "this connection is gone or the server is not accepting work": shut down (57P01),
     * crashed (57P02), starting up or recovering (57P03), and the bounded waits running out: statement timeout
     * (57014) and lock timeout (55P03). Class 08 (connection exceptions) is matched as a whole.
     */
    private static final Set<String> SERVER_STATES = Set.of("57P01", "57P02", "57P03", "57014", "55P03");
    /** Far deeper than any real wrapping; guards against a cause chain that loops. */
    private static final int MAX_CAUSES = 32;

    private DatabaseUnavailable() {
    }

    /**
     * Failures that say "the database is not there right now" rather than "this request is wrong": Spring's
     * outage exceptions, and any wrapper (JPA, Hibernate, a failed commit) around a driver error whose SQLState says
     * the connection is gone, wherever in the cause chain it sits.
     */
    public static boolean is(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
            if (current instanceof CannotCreateTransactionException
                    || current instanceof DataAccessResourceFailureException
                    || current instanceof TransientDataAccessException) {
                return true;
            }
            if (current instanceof SQLException sql && (connectionGone(sql) || connectionGone(sql.getNextException()))) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }

    /**
     * What the pool hands out in place of a connection it has already closed after a connection error, for
     * example to the rollback that follows a dropped connection. HikariCP gives it this message and no SQLState.
     */
    private static final String POOL_CLOSED_CONNECTION = "Connection is closed";

    private static boolean connectionGone(SQLException sql) {
        if (sql == null) {
            return false;
        }
        String state = sql.getSQLState();
        if (state == null) {
            return POOL_CLOSED_CONNECTION.equals(sql.getMessage());
        }
        return state.startsWith("08") || SERVER_STATES.contains(state);
    }

    public static ApiError body() {
        return ApiError.of(503, ERROR, MESSAGE);
    }

    /** The JSON answer, for the API's exception handlers. */
    static ResponseEntity<ApiError> answer(Throwable failure) {
        log.warn("Database unavailable: {}", failure.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(body());
    }
}
