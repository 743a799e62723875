package io.benchwarden.system.security;

import org.springframework.security.core.AuthenticationException;

/** A login refused before its password was checked, because its account or address failed too often. */
public class LoginThrottledException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    LoginThrottledException(LoginThrottle.Throttled throttled) {
        super("too many failed logins "
                + (throttled.limit().equals("account") ? "for this account" : "from this address") + " within "
                + LoginThrottle.WINDOW.toMinutes() + " minutes; try again in " + minutes(throttled.retryAfterSeconds()));
        this.retryAfterSeconds = throttled.retryAfterSeconds();
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private static String minutes(long seconds) {
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
