package io.benchwarden.system;

import java.util.List;

import io.benchwarden.contract.Problem;
import org.springframework.http.HttpStatus;

/** An API failure with its status, code and problems; turned into an {@link ApiError} body by the handler. */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String error;
    private final transient List<Problem> problems;

    public ApiException(HttpStatus status, String error, String message, List<Problem> problems) {
        super(message);
        this.status = status;
        this.error = error;
        this.problems = List.copyOf(problems);
    }

    public ApiException(HttpStatus status, String error, String message) {
        this(status, error, message, List.of());
    }

    public static ApiException invalid(List<Problem> problems) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_bundle",
                problems.size() + " problem(s) found; nothing was stored", problems);
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found", what + " does not exist");
    }

    public ApiError toBody() {
        return new ApiError(status.value(), error, getMessage(), problems);
    }

    /** One line for a person: the message, or every problem when there are some. */
    public String describe() {
        return problems.isEmpty() ? getMessage()
                : String.join("; ", problems.stream().map(Problem::toString).toList());
    }

    public HttpStatus status() {
        return status;
    }
}
