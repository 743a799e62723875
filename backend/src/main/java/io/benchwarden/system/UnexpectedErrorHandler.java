package io.benchwarden.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The last resort for the JSON API: the failure is logged in full for operators, and the client gets a sentence
 * and a reference to find it, never a stack trace or SQL. A lost database connection, however it is wrapped, is
 * an outage (503 with Retry-After), not a fault of the service.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class UnexpectedErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ApiError> unexpected(RuntimeException ex) {
        if (DatabaseUnavailable.is(ex)) {
            return DatabaseUnavailable.answer(ex);
        }
        String reference = java.util.UUID.randomUUID().toString();
        log.error("Unexpected failure, reference {}", reference, ex);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ApiError.of(500, "internal_error",
                "the service failed unexpectedly; nothing was stored (reference " + reference + ")"));
    }
}
