package io.benchwarden.system;

import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * A missing run or project, or a bad parameter, on a page: the error page with the status and a sentence that
 * names what was not found or which parameter is wrong and why, never a stack trace; an unreachable database
 * gives 503. Runs before the API's handlers, which answer in JSON.
 */
@ControllerAdvice(annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionHandler {

    static final String ERROR = "error";

    /** Longer values are cut in the sentence: the page is for a person, not an echo of the request. */
    private static final int ECHOED = 40;

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Long.class, long.class, Integer.class, int.class);

    @ExceptionHandler(ApiException.class)
    String api(ApiException ex, HttpServletResponse response, Model model) {
        return page(ex.status().value(), ex.toBody().message(), response, model);
    }

    @ExceptionHandler(ResponseStatusException.class)
    String status(ResponseStatusException ex, HttpServletResponse response, Model model) {
        return page(ex.getStatusCode().value(), ex.getReason(), response, model);
    }

    /** {@code /runs/abc}, {@code /compare?a=x}, {@code /projects/p/trends?from=garbage}. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(MethodArgumentTypeMismatchException ex, HttpServletResponse response, Model model) {
        return page(400, "parameter " + ex.getName() + " must be " + expected(ex.getRequiredType()) + ", got "
                + quoted(ex.getValue()), response, model);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    String missingParameter(MissingServletRequestParameterException ex, HttpServletResponse response, Model model) {
        return page(400, "parameter " + ex.getParameterName() + " is required", response, model);
    }

    /**
     * A page whose database went away: the error page with 503 and Retry-After. Any other data failure is
     * rethrown, which hands it on to the default error handling exactly as if this method did not exist.
     */
    @ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class })
    String database(RuntimeException ex, HttpServletResponse response, Model model) {
        if (!DatabaseUnavailable.is(ex)) {
            throw ex;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        return page(503, DatabaseUnavailable.MESSAGE, response, model);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another form";
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        return "a " + type.getSimpleName();
    }

    private static String quoted(Object value) {
        String text = String.valueOf(value);
        return "\"" + (text.length() > ECHOED ? text.substring(0, ECHOED) + "…" : text) + "\"";
    }

    private static String page(int status, String message, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return ERROR;
    }
}
