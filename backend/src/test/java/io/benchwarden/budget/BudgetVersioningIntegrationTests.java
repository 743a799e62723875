package io.benchwarden.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.support.ApiTestSupport;
import io.benchwarden.support.Bundles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BudgetVersioningIntegrationTests extends ApiTestSupport {

    @Test
    void shouldKeepEachRunsVerdictUntilAnAdminReevaluatesHistory() {
        String project = newProject("budgets");
        // The real run, complete with its reports, from a workflow whose own open compare limit is a loose 50 %
        var real = Examples.withReports(Examples.withJson(Examples.strictRun(), io.benchwarden.contract.ArtifactNames.OPEN_COMPARE,
                node -> node.put("max_allowed_pct", 50.0).put("pass", true)));
        long failing = upload(real, Map.of("project", project, "ci_run_id", "1")).json().get("id").longValue();
        long passing = upload(Bundles.passingStrictRun(), Map.of("project", project, "ci_run_id", "2")).json().get("id").longValue();
        assertThat(get("/api/v1/projects/" + project + "/budgets").json().at("/current/version").intValue()).isZero();

        // Looser connect and open budgets: the real run's 1.2875, +28.75 % and 32.86 % now pass.
        Reply put = asAdmin("PUT", "/api/v1/projects/" + project + "/budgets",
                "{\"max_connect_p95_ratio\":1.30,\"max_connect_p95_overhead_pct\":30,\"max_open_delta_pct\":40}");
        assertThat(put.status()).isEqualTo(201);
        assertThat(put.json().get("version").intValue()).isEqualTo(1);
        assertThat(put.json().get("created_by").stringValue()).isEqualTo("admin");

        assertThat(status(failing)).as("a run keeps the verdict of the budgets in force at ingest").isEqualTo("fail");
        long later = upload(real, Map.of("project", project, "ci_run_id", "3")).json().get("id").longValue();
        assertThat(status(later)).as("new runs are judged by the new version").isEqualTo("pass");

        Reply reevaluated = asAdmin("POST", "/api/v1/projects/" + project + "/reevaluations", null);
        assertThat(reevaluated.status()).isEqualTo(200);
        JsonNode result = reevaluated.json();
        assertThat(result.get("runs_evaluated").intValue()).isEqualTo(3);
        assertThat(result.get("verdicts_changed").intValue()).isEqualTo(1);
        assertThat(result.get("changes").get(0).get("run_id").longValue()).isEqualTo(failing);
        assertThat(result.get("changes").get(0).get("old_status").stringValue()).isEqualTo("fail");
        assertThat(status(failing)).isEqualTo("pass");
        assertThat(status(passing)).isEqualTo("pass");
        JsonNode summary = get("/api/v1/runs/" + failing + "/perf-slo-summary.json").json();
        assertThat(summary.at("/budgets/max_connect_p95_ratio").doubleValue()).isEqualTo(1.30);
        assertThat(summary.at("/budgets/source").stringValue()).isEqualTo("budgets v1");
        assertThat(summary.at("/rows/0/budget").doubleValue()).as("audit_mode_open/delta_pct").isEqualTo(40.0);
        assertThat(get("/api/v1/projects/" + project + "/budgets").json().at("/current/max_open_p95_ratio")
                .doubleValue()).as("a budget the change left out keeps its value").isEqualTo(1.05);
    }

    @Test
    void shouldRejectInvalidBudgetsAndNonAdmins() {
        String project = newProject("budgets-bad");
        upload(Examples.strictRun(), Map.of("project", project));
        Reply invalid = asAdmin("PUT", "/api/v1/projects/" + project + "/budgets",
                "{\"max_open_p95_ratio\":-1,\"max_open_delta_pct\":0,\"max_workload_failed_rows\":-2}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors").valueStream().map(e -> e.get("field").stringValue()).toList())
                .containsExactly("max_open_p95_ratio", "max_open_delta_pct", "max_workload_failed_rows");
        assertThat(asAdmin("PUT", "/api/v1/projects/" + project + "/budgets", "{}").json().at("/errors/0/message")
                .stringValue()).isEqualTo("names no budget to change");
        Reply withUploadToken = postJson("/api/v1/projects/" + project + "/reevaluations", "{}");
        assertThat(withUploadToken.status()).isEqualTo(403);
    }

    private String status(long id) {
        return get("/api/v1/runs/" + id).json().at("/run/status").stringValue();
    }
}
