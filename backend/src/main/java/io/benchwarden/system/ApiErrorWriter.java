package io.benchwarden.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import io.benchwarden.contract.json.StrictJson;
import org.springframework.http.MediaType;

/** Writes an {@link ApiError} from places outside Spring MVC (security filters and entry points). */
public final class ApiErrorWriter {

    private ApiErrorWriter() {
    }

    public static void write(HttpServletResponse response, int status, String error, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        StrictJson.mapper().writeValue(response.getOutputStream(), ApiError.of(status, error, message));
    }

    /** 503 with Retry-After, for a filter that needed the database and could not reach it. */
    public static void databaseUnavailable(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
        write(response, 503, DatabaseUnavailable.ERROR, DatabaseUnavailable.MESSAGE);
    }
}
