package io.benchwarden.system;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.http.HttpStatus;

/**
 * The one place where the read API and the pages parse date parameters: ISO-8601 text within the years 1 to 9999.
 * Java reads years up to ±999,999,999, which neither the database nor date arithmetic survives; bounding them here
 * turns {@code from=-999999999-01-01} into a 400 that names the parameter instead of a failure deep in a query.
 */
public final class QueryParameters {

    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    /** Allowed itself: an exclusive {@code to} at the end of 9999-12-31, as the trend page asks for. */
    private static final Instant END_OF_LAST_DAY = Instant.parse("+10000-01-01T00:00:00Z");
    private static final int ECHOED = 40;

    private QueryParameters() {
    }

    /** @return the instant, or {@code null} when the parameter is absent or blank */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String expected = "an ISO-8601 instant from 0001-01-01T00:00:00Z to +10000-01-01T00:00:00Z, such as "
                + "2026-11-27T00:00:00Z";
        try {
            Instant parsed = Instant.parse(value.strip());
            if (!parsed.isBefore(FIRST_INSTANT) && !parsed.isAfter(END_OF_LAST_DAY)) {
                return parsed;
            }
        }
        catch (DateTimeException ex) {
            // Answered below with the same sentence as an instant out of range.
        }
        throw invalid(name, value, expected);
    }

    /** @return the day, or {@code null} when the parameter is absent or blank */
    public static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate parsed = LocalDate.parse(value.strip());
            if (!parsed.isBefore(FIRST_DAY) && !parsed.isAfter(LAST_DAY)) {
                return parsed;
            }
        }
        catch (DateTimeException ex) {
            // Answered below with the same sentence as a day out of range.
        }
        throw invalid(name, value, "a date (YYYY-MM-DD) between 0001-01-01 and 9999-12-31");
    }

    /** The one sentence every malformed parameter is refused with; a long value is cut so the answer stays short. */
    static ApiException invalid(String name, String value, String expected) {
        String shown = value.length() > ECHOED ? value.substring(0, ECHOED) + "…" : value;
        return new ApiException(HttpStatus.BAD_REQUEST, "bad_request",
                "parameter " + name + " must be " + expected + ", got \"" + shown + "\"");
    }
}
