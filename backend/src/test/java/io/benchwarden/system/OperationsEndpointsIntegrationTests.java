package io.benchwarden.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchwarden.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

class OperationsEndpointsIntegrationTests extends ApiTestSupport {

    @Test
    void shouldReportHealthIncludingTheDatabase() {
        Reply reply = get("/actuator/health");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").stringValue()).isEqualTo("UP");
        assertThat(reply.json().at("/components/db/status").stringValue()).isEqualTo("UP");
        // no host details (paths, free space, database product) for anyone who asks
        assertThat(reply.json().at("/components/diskSpace/details").isMissingNode()).isTrue();
        assertThat(reply.json().at("/components/db/details").isMissingNode()).isTrue();
        assertThat(reply.body()).doesNotContain("\"path\"");
    }

    @Test
    void shouldDescribeTheApiAsOpenApi() {
        Reply reply = get("/v3/api-docs");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/paths/~1api~1v1~1runs/post").isObject()).isTrue();
        assertThat(reply.json().get("paths").has("/api/v1/runs/{id}")).isTrue();
    }

    @Test
    void shouldServeTheCanonicalReportsOfAStoredRun() {
        String project = newProject("reports");
        long id = upload(io.benchwarden.contract.fixtures.Examples.strictRun(), java.util.Map.of("project", project))
                .json().get("id").longValue();
        Reply slo = get("/api/v1/runs/" + id + "/perf-slo-report.md");
        assertThat(slo.status()).isEqualTo(200);
        assertThat(slo.body()).contains("| `audit_mode_connect` | `p95_ratio` | `1.2875x` | `1.0500x` | `FAIL` |");
        Reply summary = get("/api/v1/runs/" + id + "/perf-slo-summary.json");
        assertThat(summary.json().get("gate_pass").booleanValue()).isFalse();
        Reply evidence = get("/api/v1/runs/" + id + "/perf-evidence-report.md");
        assertThat(evidence.body()).startsWith("# Perf Evidence Report\n").contains("- gate_status: `fail`");
    }
}
