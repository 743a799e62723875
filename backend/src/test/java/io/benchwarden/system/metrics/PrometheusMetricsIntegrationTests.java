package io.benchwarden.system.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.runner.upload.MultipartBody;
import io.benchwarden.support.ApiTestSupport;
import io.benchwarden.support.Bundles;
import org.junit.jupiter.api.Test;

class PrometheusMetricsIntegrationTests extends ApiTestSupport {

    private String scrape() {
        Reply reply = asAdmin("GET", "/actuator/prometheus", null);
        assertThat(reply.status()).isEqualTo(200);
        return reply.body();
    }

    /** The value of the sample with this name and these labels (0 when there is none yet). */
    private static double sample(String scrape, String name, String... labels) {
        return Arrays.stream(scrape.split("\n"))
                .filter(line -> line.startsWith(name + "{"))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void shouldCountUploadsByKindAndOutcomeAndVerdictsByStatus() {
        String before = scrape();
        String project = newProject("metrics");
        assertThat(upload(Examples.strictRun(), Map.of("project", project, "ci_run_id", "m-1")).status())
                .isEqualTo(201);
        assertThat(upload(Examples.strictRun(), Map.of("project", project, "ci_run_id", "m-1")).status())
                .isEqualTo(200);
        assertThat(upload(Bundles.passingStrictRun(), Map.of("project", project, "ci_run_id", "m-2")).status())
                .isEqualTo(201);
        var incomplete = new java.util.HashMap<>(Examples.strictRun());
        incomplete.remove(ArtifactNames.CONNECT_WITH_AGENT);
        assertThat(upload(incomplete, Map.of("project", project, "ci_run_id", "m-3")).status()).isEqualTo(422);
        assertThat(upload(MultipartBody.of(Map.of("project", project), Examples.strictRun()), "not-a-token").status())
                .isEqualTo(401);
        String after = scrape();

        String strict = "kind=\"strict\"";
        assertThat(delta(before, after, "benchwarden_uploads_total", strict, "outcome=\"created\"")).isEqualTo(2.0);
        assertThat(delta(before, after, "benchwarden_uploads_total", strict, "outcome=\"repeat\"")).isEqualTo(1.0);
        assertThat(delta(before, after, "benchwarden_uploads_total", strict, "outcome=\"invalid\"")).isEqualTo(1.0);
        assertThat(delta(before, after, "benchwarden_uploads_total", strict, "outcome=\"unauthorized\""))
                .isEqualTo(1.0);
        // the real example run fails the gate (connect p95 ratio 1.2875); the fixed one passes
        assertThat(delta(before, after, "benchwarden_gate_verdicts_total", "status=\"fail\"")).isEqualTo(1.0);
        assertThat(delta(before, after, "benchwarden_gate_verdicts_total", "status=\"pass\"")).isEqualTo(1.0);
        assertThat(delta(before, after, "benchwarden_ingest_latency_seconds_count", strict, "outcome=\"created\""))
                .isEqualTo(2.0);
        assertThat(delta(before, after, "benchwarden_ingest_latency_seconds_sum", strict, "outcome=\"created\""))
                .isPositive();
        // the failed run opened alerts: two failed rows, connect p95 ratio and the open compare delta
        assertThat(sample(after, "benchwarden_alerts_open", "kind=\"strict\"")).isGreaterThanOrEqualTo(2.0);
        assertThat(after).contains("application=\"benchwarden\"");
    }

    @Test
    void shouldExposeTheStandardJvmHttpAndPoolMeters() {
        get("/api/v1/runs?limit=1");
        String scrape = scrape();
        assertThat(scrape).contains("jvm_memory_used_bytes{", "jvm_threads_live_threads{",
                "http_server_requests_seconds_count{", "hikaricp_connections_active{");
    }

    @Test
    void shouldKeepTheScrapeFromAnonymousCallersByDefault() {
        Reply anonymous = get("/actuator/prometheus");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("message").stringValue()).isEqualTo("an admin's credentials are required");
        assertThat(get("/actuator/health").status()).isEqualTo(200);
    }

    private static double delta(String before, String after, String name, String... labels) {
        return sample(after, name, labels) - sample(before, name, labels);
    }
}
