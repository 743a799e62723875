package io.benchwarden.token;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import io.benchwarden.system.ApiException;
import org.springframework.http.HttpStatus;

/**
 * When a new token stops working: never, at a given instant, or a number of days after its creation. Admins give
 * one of {@code expires_at} and {@code expires_in_days}, not both; a moment already past is refused.
 */
public final class TokenExpiry {

    public static final TokenExpiry NEVER = new TokenExpiry(null, null);
    static final int MAX_DAYS = 3650;

    private final Instant at;
    private final Integer inDays;

    private TokenExpiry(Instant at, Integer inDays) {
        this.at = at;
        this.inDays = inDays;
    }

    /**
     * @param expiresAt an ISO-8601 instant ({@code 2027-01-31T00:00:00Z}), or blank
     * @param expiresInDays 1 to 3650, or {@code null}
     * @throws ApiException 422 naming the field and the rule
     */
    public static TokenExpiry of(String expiresAt, Integer expiresInDays) {
        boolean hasAt = expiresAt != null && !expiresAt.isBlank();
        if (hasAt && expiresInDays != null) {
            throw invalid("give expires_at or expires_in_days, not both");
        }
        if (expiresInDays != null) {
            if (expiresInDays < 1 || expiresInDays > MAX_DAYS) {
                throw invalid("expires_in_days must be 1 to " + MAX_DAYS + ", got " + expiresInDays);
            }
            return new TokenExpiry(null, expiresInDays);
        }
        if (!hasAt) {
            return NEVER;
        }
        Instant at;
        try {
            at = Instant.parse(expiresAt.strip());
        }
        catch (DateTimeParseException ex) {
            throw invalid("expires_at must be an ISO-8601 instant such as 2027-01-31T00:00:00Z, got " + expiresAt);
        }
        if (!at.isAfter(Instant.now())) {
            throw invalid("expires_at (" + at + ") is not in the future");
        }
        return new TokenExpiry(at, null);
    }

    /** @return the expiry of a token created at {@code now}, or {@code null} for never */
    Instant at(Instant now) {
        return inDays != null ? now.plus(Duration.ofDays(inDays)) : at;
    }

    private static ApiException invalid(String message) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_token_expiry", message);
    }
}
