package io.benchwarden.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import io.benchwarden.BenchwardenApplication;
import io.benchwarden.contract.json.StrictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** A fresh installation shows a demo project in which every triage classification occurs, created once. */
class DemoHistoryIntegrationTests {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private JsonNode get(ConfigurableApplicationContext context, String path) throws Exception {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return StrictJson.mapper().readTree(response.body());
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(BenchwardenApplication.class).run("--server.port=0",
                "--benchwarden.data-dir=" + dataDir, "--benchwarden.demo=true");
    }

    @Test
    void shouldSeedADemoHistoryWithEveryClassificationOnce(@TempDir Path dataDir) throws Exception {
        try (ConfigurableApplicationContext context = start(dataDir)) {
            JsonNode triage = get(context, "/api/v1/triage?project=demo-agent&branch=main");
            Map<String, Integer> counts = new TreeMap<>();
            triage.get("commits").forEach(c -> counts.merge(c.get("classification").stringValue(), 1, Integer::sum));
            assertThat(counts).containsKeys("clean", "hosted_noise", "confirmed_regression", "strict_regression",
                    "awaiting_strict");
            assertThat(counts.get("confirmed_regression")).isEqualTo(1);
            assertThat(counts.get("strict_regression")).isEqualTo(5);
            assertThat(counts.get("awaiting_strict")).isEqualTo(1);
            assertThat(get(context, "/api/v1/runs?project=demo-agent&limit=500").get("runs")).hasSize(42);
            // The six-run regression (days 20 to 25) and its fix are marked on the open p95 ratio.
            JsonNode trends = get(context, "/api/v1/projects/demo-agent/trends?branch=main");
            java.util.List<Integer> marks = new java.util.ArrayList<>();
            trends.get("charts").forEach(chart -> chart.get("series").forEach(series -> {
                if (series.get("label").stringValue().toLowerCase(java.util.Locale.ROOT).contains("open")
                        && chart.get("id").stringValue().contains("ratio")) {
                    series.get("change_points").forEach(point -> marks.add(point.intValue()));
                }
            }));
            assertThat(marks).containsExactly(20, 26);
        }
        try (ConfigurableApplicationContext again = start(dataDir)) {
            assertThat(get(again, "/api/v1/runs?project=demo-agent&limit=500").get("runs")).hasSize(42);
        }
    }
}
