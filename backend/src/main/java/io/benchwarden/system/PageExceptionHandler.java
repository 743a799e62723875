package io.benchwarden.system;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * A missing run or project, or a bad parameter, on a page: the error page with the status and a sentence that
 * names what was not found, never a stack trace. Runs before the API's handlers, which answer in JSON.
 */
@ControllerAdvice(annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionHandler {

    static final String ERROR = "error";

    @ExceptionHandler(ApiException.class)
    String api(ApiException ex, HttpServletResponse response, Model model) {
        return page(ex.status().value(), ex.toBody().message(), response, model);
    }

    @ExceptionHandler(ResponseStatusException.class)
    String status(ResponseStatusException ex, HttpServletResponse response, Model model) {
        return page(ex.getStatusCode().value(), ex.getReason(), response, model);
    }

    /** {@code /runs?before=abc}: the error page naming the parameter, not the API's JSON. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(MethodArgumentTypeMismatchException ex, HttpServletResponse response, Model model) {
        Class<?> type = ex.getRequiredType();
        boolean whole = type == Long.class || type == long.class || type == Integer.class || type == int.class;
        return page(400, "parameter " + ex.getName() + " must be " + (whole ? "a whole number" : "a number"),
                response, model);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    String missingParameter(MissingServletRequestParameterException ex, HttpServletResponse response, Model model) {
        return page(400, "parameter " + ex.getParameterName() + " is required", response, model);
    }

    private static String page(int status, String message, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return ERROR;
    }
}
