package io.benchwarden.system.security;

import static io.benchwarden.support.ApiTestSupport.exchange;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.benchwarden.support.ApiTestSupport.Reply;
import io.benchwarden.support.StandaloneApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Behind a proxy the service trusts ({@code server.forward-headers-strategy=native}, the proxy on loopback): the
 * client address is the one in {@code X-Forwarded-For}, so each test logs in from addresses of its own, and login
 * throttling counts failures per account and per such address; {@code X-Forwarded-Proto: https} makes the request
 * secure, and with it the session cookie.
 */
class TrustedProxyIntegrationTests {

    private static final String PASSWORD = "a-long-password-1";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static StandaloneApp app;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        app = StandaloneApp.start("--server.forward-headers-strategy=native");
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    private static String newAddress() {
        return "203.0.113." + ADDRESSES.incrementAndGet();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** An admin call with HTTP Basic: listing users needs the admin role. */
    private Reply listUsers(String from, String user, String password) {
        return exchange(http, HttpRequest.newBuilder(app.uri("/api/v1/admin/users")).header("X-Forwarded-For", from)
                .header("Authorization", basic(user, password)).GET().build());
    }

    private String newUser(String role) {
        String name = "user-" + NAMES.incrementAndGet();
        Reply created = exchange(http, HttpRequest.newBuilder(app.uri("/api/v1/admin/users"))
                .header("X-Forwarded-For", newAddress()).header("Authorization", basic("admin",
                        StandaloneApp.ADMIN_PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD
                        + "\",\"role\":\"" + role + "\"}")).build());
        assertThat(created.status()).isEqualTo(201);
        return name;
    }

    private long failures(String column, String key, boolean throttled) {
        return app.jdbc().sql("SELECT count(*) FROM login_failure WHERE " + column + " = ? AND throttled = ?")
                .params(key, throttled).query(Long.class).single();
    }

    /** Retry-After counts from the oldest of the failures, so it is short of the window by the time they took. */
    private static long secondsSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000_000 + 1;
    }

    private long tokens() {
        return app.jdbc().sql("SELECT count(*) FROM api_token").query(Long.class).single();
    }

    @Test
    void shouldAnswerHttpBasicWith429AfterTenFailuresForAnAccountEvenWithTheRightPassword() {
        String erin = newUser("admin");
        long started = System.nanoTime();
        for (int i = 1; i <= LoginThrottle.MAX_FAILURES; i++) {
            String typed = i % 2 == 0 ? erin.toUpperCase(java.util.Locale.ROOT) : erin;
            assertThat(listUsers(newAddress(), typed, "wrong-" + i).status()).as("failure " + i).isEqualTo(401);
        }
        long tokensBefore = tokens();

        Reply refused = exchange(http, HttpRequest.newBuilder(app.uri("/api/v1/admin/tokens"))
                .header("X-Forwarded-For", newAddress()).header("Authorization", basic(erin, PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"while throttled\"}")).build());

        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(900 - secondsSince(started), 900L);
        assertThat(refused.json().get("error").stringValue()).isEqualTo("too_many_requests");
        assertThat(refused.json().get("message").stringValue())
                .isEqualTo("too many failed logins for this account within 15 minutes; try again in 15 minutes");
        assertThat(tokens()).isEqualTo(tokensBefore);
        assertThat(failures("username", erin, false)).isEqualTo(10);
        assertThat(failures("username", erin, true)).as("the refusal is recorded").isEqualTo(1);

        app.jdbc().sql("UPDATE login_failure SET at = at - interval '10 minutes' WHERE username = ?").param(erin)
                .update();
        Reply later = listUsers(newAddress(), erin, PASSWORD);
        assertThat(later.status()).isEqualTo(429);
        assertThat(Long.parseLong(later.header("Retry-After"))).isBetween(300 - secondsSince(started), 300L);
        assertThat(later.json().get("message").stringValue()).endsWith("try again in 5 minutes");

        app.jdbc().sql("UPDATE login_failure SET at = at - interval '5 minutes' WHERE username = ?").param(erin)
                .update();
        assertThat(listUsers(newAddress(), erin, PASSWORD).status()).as("the window has passed").isEqualTo(200);
    }

    @Test
    void shouldThrottleAnAddressThatFailedForManyAccountsButNotTheSameAccountElsewhere() {
        String guesser = newAddress();
        for (int i = 1; i <= LoginThrottle.MAX_FAILURES; i++) {
            assertThat(listUsers(guesser, "ghost-" + NAMES.incrementAndGet(), "guess").status()).isEqualTo(401);
        }

        Reply refused = listUsers(guesser, "admin", StandaloneApp.ADMIN_PASSWORD);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("message").stringValue()).startsWith("too many failed logins from this address");
        assertThat(failures("client_address", guesser, false)).as("counted by the forwarded address").isEqualTo(10);
        assertThat(listUsers(newAddress(), "admin", StandaloneApp.ADMIN_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void shouldNotResetAnAddressCountWhenAnotherAccountLogsInFromIt() {
        String shared = newAddress();
        String frank = newUser("admin");
        String target = "target-" + NAMES.incrementAndGet();
        for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(listUsers(shared, target, "guess-" + i).status()).isEqualTo(401);
        }
        assertThat(listUsers(shared, frank, PASSWORD).status()).isEqualTo(200);
        assertThat(listUsers(shared, target, "guess-10").status()).as("the tenth failure").isEqualTo(401);

        Reply refused = listUsers(shared, frank, PASSWORD);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("message").stringValue()).startsWith("too many failed logins from this address");
    }

    @Test
    void shouldAnswerTheLoginFormWith429AndAReadableMessage() {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).build();
        String gina = newUser("triager");
        long started = System.nanoTime();
        for (int i = 1; i <= LoginThrottle.MAX_FAILURES; i++) {
            Reply wrong = formLogin(browser, gina, "wrong-" + i);
            assertThat(wrong.status()).isEqualTo(302);
            assertThat(wrong.header("Location")).endsWith("/login?error");
        }

        Reply refused = formLogin(browser, gina, PASSWORD);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(900 - secondsSince(started), 900L);
        assertThat(refused.header("Content-Type")).startsWith("text/html");
        assertThat(refused.body())
                .contains("Too many failed logins for this account within 15 minutes; try again in 15 minutes.")
                .contains("<form class=\"login\"").contains("name=\"_csrf\"").doesNotContain("Wrong user name");
        Reply page = exchange(browser, HttpRequest.newBuilder(app.uri("/login")).GET().build());
        assertThat(page.body()).as("not logged in").contains("Log in</a>");
    }

    @Test
    void shouldMarkTheSessionCookieSecureOnlyWhenTheTrustedProxyForwardedHttps() {
        Reply overHttps = exchange(http, HttpRequest.newBuilder(app.uri("/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", newAddress()).GET().build());
        Reply overHttp = exchange(http, HttpRequest.newBuilder(app.uri("/login"))
                .header("X-Forwarded-For", newAddress()).GET().build());

        assertThat(overHttps.setCookie("JSESSIONID")).contains("; Secure").contains("; HttpOnly")
                .contains("; SameSite=Lax");
        assertThat(overHttp.setCookie("JSESSIONID")).doesNotContain("Secure").contains("; HttpOnly")
                .contains("; SameSite=Lax");
    }

    private Reply formLogin(HttpClient browser, String user, String password) {
        String address = newAddress();
        Reply form = exchange(browser, HttpRequest.newBuilder(app.uri("/login")).header("X-Forwarded-For", address)
                .GET().build());
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();
        String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        return exchange(browser, HttpRequest.newBuilder(app.uri("/login")).header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
