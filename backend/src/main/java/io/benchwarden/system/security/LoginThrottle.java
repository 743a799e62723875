package io.benchwarden.system.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and per client address in the database, so every instance behind a load balancer
 * sees the same counts and a restart forgets nothing. After {@value #MAX_FAILURES} failures within
 * {@link #WINDOW} an account, or an address, is refused until the oldest of those failures is {@link #WINDOW} old;
 * refused attempts are recorded too but do not count, so the window always ends. Successful logins reset nothing:
 * a person who knows one account's password cannot use it to wipe an address's record of guesses at another.
 * All times are the database's, the one clock the instances share.
 */
@Component
public class LoginThrottle {

    public static final int MAX_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Rows are the record of what happened; a month is enough to look back on an incident. */
    static final Duration RETENTION = Duration.ofDays(30);
    private static final int KEY_LENGTH = 64;
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final JdbcClient jdbc;
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.EPOCH);

    LoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param limit {@code account} or {@code address}: which count reached the maximum */
    public record Throttled(String limit, long retryAfterSeconds) {
    }

    /** The account as counted: names match regardless of case; the typed text is kept storable and short. */
    public static String accountKey(String typed) {
        String name = typed == null ? "" : typed.toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "?");
        return name.length() > KEY_LENGTH ? name.substring(0, KEY_LENGTH) : name;
    }

    static String addressKey(String address) {
        String key = address == null ? "unknown" : address;
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }

    /** @return the limit that refuses this attempt, if any, and how long until it lifts */
    public Optional<Throttled> check(String account, String address) {
        String waitFor = """
                (SELECT ceil(extract(epoch FROM at + make_interval(secs => :window) - now()))::bigint
                 FROM login_failure
                 WHERE %s = :key AND NOT throttled AND at > now() - make_interval(secs => :window)
                 ORDER BY at DESC OFFSET :skip LIMIT 1)""";
        record Waits(Long account, Long address) {
        }
        Waits waits = jdbc.sql("SELECT " + waitFor.formatted("username").replace(":key", ":account") + ", "
                + waitFor.formatted("client_address").replace(":key", ":address"))
                .param("window", WINDOW.toSeconds()).param("skip", MAX_FAILURES - 1)
                .param("account", account).param("address", addressKey(address))
                .query((rs, n) -> new Waits((Long) rs.getObject(1), (Long) rs.getObject(2))).single();
        if (waits.account() == null && waits.address() == null) {
            return Optional.empty();
        }
        boolean accountLonger = waits.address() == null
                || waits.account() != null && waits.account() >= waits.address();
        return Optional.of(accountLonger ? new Throttled("account", Math.max(1, waits.account()))
                : new Throttled("address", Math.max(1, waits.address())));
    }

    /** A wrong password (or an unknown name); logs once when it makes a limit take effect. */
    public void recordFailure(String account, String address) {
        insert(account, address, false);
        check(account, address).ifPresent(throttled -> {
            String which = throttled.limit().equals("account")
                    ? "for the account '" + account + "' (the last from " + addressKey(address) + ")"
                    : "from the address " + addressKey(address) + " (the last for '" + account + "')";
            log.warn("Login throttled: {} failed logins within {} min {}; its logins are refused for {} s",
                    MAX_FAILURES, WINDOW.toMinutes(), which, throttled.retryAfterSeconds());
        });
    }

    /** An attempt refused without checking its password. */
    public void recordRefusal(String account, String address, Throttled throttled) {
        insert(account, address, true);
        log.info("Login refused while throttled ({}): account '{}' from {}, retry after {} s", throttled.limit(),
                account, addressKey(address), throttled.retryAfterSeconds());
    }

    private void insert(String account, String address, boolean throttled) {
        jdbc.sql("INSERT INTO login_failure (username, client_address, throttled) VALUES (?, ?, ?)")
                .params(account, addressKey(address), throttled).update();
        Instant now = Instant.now();
        Instant due = nextPurge.get();
        if (now.isAfter(due) && nextPurge.compareAndSet(due, now.plus(Duration.ofHours(1)))) {
            jdbc.sql("DELETE FROM login_failure WHERE at < now() - make_interval(secs => :retention)")
                    .param("retention", RETENTION.toSeconds()).update();
        }
    }
}
