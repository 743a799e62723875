package io.benchwarden.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.benchwarden.support.StandaloneApp;
import org.junit.jupiter.api.Test;

/**
 * With {@code BENCHWARDEN_PUBLIC_READ=false} nothing is readable without a login or a token — except what an
 * operator opens on purpose: here the Prometheus scrape, with {@code BENCHWARDEN_METRICS_PUBLIC=true}.
 */
class LoginOnlyReadingIntegrationTests {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<String> get(StandaloneApp app, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldRequireALoginForEveryPageAndReadCall() throws Exception {
        try (StandaloneApp app = StandaloneApp.start("--benchwarden.public-read=false",
                "--benchwarden.api-token=reader-token", "--benchwarden.metrics-public=true")) {
            HttpResponse<String> page = get(app, "/runs", null);
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            assertThat(get(app, "/login", null).statusCode()).isEqualTo(200);
            assertThat(get(app, "/api/v1/runs", null).statusCode()).isEqualTo(401);
            assertThat(get(app, "/api/v1/runs", "Bearer reader-token").statusCode()).isEqualTo(200);
            String admin = "Basic " + Base64.getEncoder().encodeToString(
                    ("admin:" + StandaloneApp.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
            assertThat(get(app, "/api/v1/runs", admin).statusCode()).isEqualTo(200);
            assertThat(get(app, "/actuator/health", null).statusCode()).isEqualTo(200);

            HttpResponse<String> scrape = get(app, "/actuator/prometheus", null);
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.body()).contains("jvm_memory_used_bytes");
            assertThat(get(app, "/actuator/env", admin).statusCode()).as("not exposed at all").isEqualTo(404);
        }
    }
}
