package io.benchwarden.system.security;

import static io.benchwarden.support.ApiTestSupport.exchange;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.benchwarden.support.ApiTestSupport.Reply;
import io.benchwarden.support.StandaloneApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With the default settings forwarded headers are not trusted: a client cannot pick its address with
 * {@code X-Forwarded-For} to escape login throttling, nor make plain http count as https.
 */
class UntrustedProxyIntegrationTests {

    private static StandaloneApp app;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        app = StandaloneApp.start();
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    private Reply listUsers(String forwardedFor, String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return exchange(http, HttpRequest.newBuilder(app.uri("/api/v1/admin/users"))
                .header("X-Forwarded-For", forwardedFor).header("Authorization", "Basic " + basic).GET().build());
    }

    @Test
    void shouldKeepTheSessionCookieOffScriptsAndCrossSiteRequestsAndIgnoreAForwardedHttps() {
        Reply reply = exchange(http, HttpRequest.newBuilder(app.uri("/login")).header("X-Forwarded-Proto", "https")
                .GET().build());

        assertThat(reply.setCookie("JSESSIONID")).contains("; HttpOnly").contains("; SameSite=Lax")
                .as("plain http, whatever the header claims").doesNotContain("Secure");
    }

    @Test
    void shouldCountFailuresByTheConnectingAddressWhateverXForwardedForSays() {
        for (int i = 1; i <= LoginThrottle.MAX_FAILURES; i++) {
            assertThat(listUsers("198.51.100." + i, "ghost-" + i, "guess").status()).isEqualTo(401);
        }

        Reply refused = listUsers("198.51.100.99", "admin", StandaloneApp.ADMIN_PASSWORD);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("message").stringValue()).startsWith("too many failed logins from this address");
        assertThat(app.jdbc().sql("SELECT DISTINCT client_address FROM login_failure WHERE NOT throttled")
                .query(String.class).list()).singleElement().satisfies(address -> assertThat(address)
                        .isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));
    }
}
