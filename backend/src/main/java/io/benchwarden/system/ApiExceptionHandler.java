package io.benchwarden.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Maps failures of the JSON API to {@link ApiError} bodies: invalid input names the problem, nothing leaks. */
@RestControllerAdvice
@org.springframework.core.annotation.Order(0)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final String limits;

    ApiExceptionHandler(@Value("${spring.servlet.multipart.max-file-size}") String perPart,
            @Value("${spring.servlet.multipart.max-request-size}") String perRequest) {
        this.limits = perPart + " per artifact, " + perRequest + " per request";
    }

    /** Spring MVC's own failures (unreadable JSON, wrong parameter types, ...) in the one error shape. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (status.value() == HttpStatus.CONTENT_TOO_LARGE.value()) {
            return new ResponseEntity<>(tooLarge(), headers, status);
        }
        String message = body instanceof ProblemDetail problem && problem.getDetail() != null ? problem.getDetail()
                : "the request could not be processed";
        HttpStatus known = HttpStatus.resolve(status.value());
        String error = known == null ? "error" : known.name().toLowerCase(java.util.Locale.ROOT);
        return new ResponseEntity<>(ApiError.of(status.value(), error, message), headers, status);
    }

    /** Always JSON, even to a caller that asked for CSV: the error shape has one form. */
    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> api(ApiException ex) {
        return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_JSON).body(ex.toBody());
    }

    private ApiError tooLarge() {
        return ApiError.of(413, "payload_too_large",
                "the upload exceeds the size limit (" + limits + "); nothing was stored");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> badMultipart(MultipartException ex) {
        if (ex.getCause() != null && ex.getCause().getClass().getSimpleName().contains("SizeLimit")) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge());
        }
        return ResponseEntity.badRequest().body(ApiError.of(400, "bad_request",
                "the request is not valid multipart/form-data"));
    }

    /**
     * The database is down or unreachable: the client should retry later; nothing was stored. Wrappers that hide
     * the same outage (a JPA exception around a dropped connection) reach {@link UnexpectedErrorHandler}, which
     * gives the same answer.
     */
    @ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class })
    ResponseEntity<ApiError> databaseUnavailable(Exception ex) {
        return DatabaseUnavailable.answer(ex);
    }
}
