package io.benchwarden.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEObjectType;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID Connect provider on a local port (discovery, authorization code, token
 * endpoint, signed ID token): a login through it lands on the dashboard with the role the user's groups map to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SingleSignOnIntegrationTests {

    private static final String ISSUER = "corp";
    private static final String CLIENT = "benchwarden";
    private static final MockOAuth2Server PROVIDER = started();

    @LocalServerPort
    int port;

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("benchwarden-sso");
        registry.add("benchwarden.data-dir", dataDir::toString);
        registry.add("benchwarden.demo", () -> "false");
        registry.add("benchwarden.admin-password", () -> "sso-test-admin-password");
        registry.add("benchwarden.sso.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER).toString());
        registry.add("benchwarden.sso.client-id", () -> CLIENT);
        registry.add("benchwarden.sso.client-secret", () -> "client-secret");
        registry.add("benchwarden.sso.admin-groups", () -> "perf-admins");
        registry.add("benchwarden.sso.triager-groups", () -> "perf-triage");
        registry.add("benchwarden.sso.viewer-groups", () -> "perf-readers");
    }

    /** A browser of its own: follows redirects and keeps the session cookie. */
    private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.ALWAYS).cookieHandler(new CookieManager()).build();

    private HttpResponse<String> open(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void theProviderWillLogIn(String user, List<String> groups) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, user, JOSEObjectType.JWT.getType(),
                List.of(CLIENT), Map.of("preferred_username", user, "groups", groups), 3600));
    }

    @Test
    void shouldLandOnTheDashboardAsAnAdminWhenTheUserIsInTheAdminGroup() throws Exception {
        String login = open("/login").body();
        assertThat(login).contains("href=\"/oauth2/authorization/oidc\"").contains("Log in with single sign-on");

        theProviderWillLogIn("alice", List.of("everyone", "perf-admins"));
        HttpResponse<String> landed = open("/oauth2/authorization/oidc");
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/");
        assertThat(landed.body()).contains("alice").contains("href=\"/admin\"");
        assertThat(open("/admin").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldMapATriageGroupToTriagerAndKeepAdminPagesClosed() throws Exception {
        theProviderWillLogIn("bob", List.of("perf-triage"));
        HttpResponse<String> landed = open("/oauth2/authorization/oidc");
        assertThat(landed.uri().getPath()).isEqualTo("/");
        assertThat(landed.body()).contains("bob").doesNotContain("href=\"/admin\"");
        assertThat(open("/admin").statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRefuseAUserInNoneOfTheMappedGroups() throws Exception {
        theProviderWillLogIn("mallory", List.of("everyone"));
        HttpResponse<String> refused = open("/oauth2/authorization/oidc");
        assertThat(refused.uri().getPath()).isEqualTo("/login");
        assertThat(refused.uri().getQuery()).isEqualTo("sso_refused");
        assertThat(refused.body()).contains("Single sign-on did not log you in");
        assertThat(open("/admin").uri().getPath()).isEqualTo("/login");
    }
}
