package io.benchwarden.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.benchwarden.BenchwardenApplication;
import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.runner.upload.MultipartBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Stop the service and start it again on the same data directory: the runs are still there. */
class DataDirectoryRestartIntegrationTests {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(BenchwardenApplication.class).run("--server.port=0",
                "--benchwarden.data-dir=" + dataDir, "--benchwarden.api-token=restart-token", "--benchwarden.demo=false");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void shouldKeepRunsAcrossARestartOnTheSameDataDirectory(@TempDir Path dataDir) throws Exception {
        long id;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            MultipartBody body = MultipartBody.of(io.benchwarden.support.Bundles.ciFields(Map.of("project", "restart", "ci_run_id", "r-1")),
                    Examples.strictRun());
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port(first) + "/api/v1/runs"))
                    .header("Content-Type", body.contentType()).header("Authorization", "Bearer restart-token")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).isEqualTo(201);
            id = StrictJson.mapper().readTree(reply.body()).get("id").longValue();
        }
        assertThat(Files.isDirectory(dataDir.resolve("pgdata"))).isTrue();

        try (ConfigurableApplicationContext second = start(dataDir)) {
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port(second) + "/api/v1/runs/" + id)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(StrictJson.mapper().readTree(reply.body()).at("/run/project").stringValue()).isEqualTo("restart");
        }
    }
}
