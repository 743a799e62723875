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
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A fresh installation shows a demo project in which every triage classification occurs, created once — after the
 * service has said it is ready, so the demo costs the start nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
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

    /** The demo is seeded after the port opens; the pages carry the notice until it is done. */
    private void awaitDemo(ConfigurableApplicationContext context) throws Exception {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(3).toNanos();
        while (true) {
            String page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (!page.contains("The demo history is being prepared")) {
                return;
            }
            assertThat(System.nanoTime()).as("demo seeded within 3 minutes").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    @Test
    void shouldSeedADemoHistoryWithEveryClassificationOnce(@TempDir Path dataDir, CapturedOutput output)
            throws Exception {
        try (ConfigurableApplicationContext context = start(dataDir)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            awaitDemo(context);
            // one ready line, with the hint to the one-time password; the demo is announced only after it
            String log = output.getOut();
            String ready = "Benchwarden ready at http://localhost:" + port + " (started in ";
            assertThat(log).containsOnlyOnce(ready)
                    .contains("log in as 'admin' with the one-time password printed above")
                    .containsPattern("Log in as 'admin' with password: \\S+ \\(shown only this once");
            assertThat(log.indexOf("Demo project 'demo-agent' created")).isGreaterThan(log.indexOf(ready));
            // a quiet start: none of the libraries' progress chatter
            assertThat(log).doesNotContain("HikariPool-1 - Start", "Successfully applied", "Tomcat started on",
                    "Started BenchwardenApplication", "HHH0", "initdb");
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
            // The regression's alerts form one summary, fixed by the system when day 26's run passed its rows.
            JsonNode fixed = get(context, "/api/v1/alert-summaries?project=demo-agent&state=fixed").get("summaries");
            assertThat(fixed).hasSize(1);
            JsonNode points = trends.get("points");
            assertThat(fixed.at("/0/first_run").longValue()).isEqualTo(points.at("/20/run_id").longValue());
            assertThat(fixed.at("/0/last_run").longValue()).isEqualTo(points.at("/25/run_id").longValue());
            assertThat(fixed.at("/0/fixed_by_run").longValue()).isEqualTo(points.at("/26/run_id").longValue());
            // six days of the open compare and of the open p95 ratio, four of the open p95 overhead (days 20 and 25
            // stayed at 9.73 and 9.35 %, within 10), day 22's open_close workload row and with it the suite's failed
            // rows (noise on the raised level took the row over its 15 %), and day 20's hosted alert: 19
            assertThat(fixed.at("/0/alerts")).hasSize(19);
            assertThat(fixed.at("/0/rows").toString()).isEqualTo("[\"audit_mode_open/delta_pct\","
                    + "\"audit_mode_open/p95_overhead_pct\",\"audit_mode_open/p95_ratio\","
                    + "\"workload_open_close/delta_pct\",\"workload_suite/failed_rows\"]");
            assertThat(get(context, "/api/v1/alert-summaries?project=demo-agent&state=untriaged").get("summaries")
                    .valueStream().map(s -> s.get("kind").stringValue()).toList()).containsOnly("hosted");
        }
        try (ConfigurableApplicationContext again = start(dataDir)) {
            assertThat(get(again, "/api/v1/runs?project=demo-agent&limit=500").get("runs")).hasSize(42);
        }
    }
}
