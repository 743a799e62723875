package io.benchwarden.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import io.benchwarden.BenchwardenApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With {@code BENCHWARDEN_PUBLIC_READ=false} nothing is readable without a login or a token — except what an
 * operator opens on purpose: here the Prometheus scrape, with {@code BENCHWARDEN_METRICS_PUBLIC=true}.
 */
class LoginOnlyReadingIntegrationTests {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<String> get(int port, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldRequireALoginForEveryPageAndReadCall(@TempDir Path dataDir) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchwardenApplication.class).run(
                "--server.port=0", "--benchwarden.data-dir=" + dataDir, "--benchwarden.demo=false",
                "--benchwarden.public-read=false", "--benchwarden.api-token=reader-token",
                "--benchwarden.admin-password=admin-password-1", "--benchwarden.metrics-public=true")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();

            HttpResponse<String> page = get(port, "/runs", null);
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            assertThat(get(port, "/login", null).statusCode()).isEqualTo(200);
            assertThat(get(port, "/api/v1/runs", null).statusCode()).isEqualTo(401);
            assertThat(get(port, "/api/v1/runs", "Bearer reader-token").statusCode()).isEqualTo(200);
            String admin = "Basic " + Base64.getEncoder().encodeToString(
                    "admin:admin-password-1".getBytes(StandardCharsets.UTF_8));
            assertThat(get(port, "/api/v1/runs", admin).statusCode()).isEqualTo(200);
            assertThat(get(port, "/actuator/health", null).statusCode()).isEqualTo(200);

            HttpResponse<String> scrape = get(port, "/actuator/prometheus", null);
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.body()).contains("jvm_memory_used_bytes");
            assertThat(get(port, "/actuator/env", admin).statusCode()).as("not exposed at all").isEqualTo(404);
        }
    }
}
