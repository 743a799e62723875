package io.benchwarden.ingest;

import static io.benchwarden.contract.ArtifactNames.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import io.benchwarden.contract.ExtraFiles;
import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.runner.upload.MultipartBody;
import io.benchwarden.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A drop-in for the agent project's strict workflow: the directory it leaves (upstream-perf-evidence) uploads as it
 * is, and the service's canonical table is the reference gate's own, row for row, plus its own rows.
 */
class ReferenceWorkflowUploadIntegrationTests extends ApiTestSupport {

    private static final JsonNode REFERENCE = io.benchwarden.contract.json.StrictJson.mapper()
            .readTree(Examples.upstreamPerfEvidence().get(SLO_SUMMARY));

    private Map<String, String> fields(String project) {
        return Map.of("project", project, "branch", "main", "commit", "0123456789abcdef0123456789abcdef01234567",
                "ci_run_id", project + "-123456");
    }

    @Test
    void shouldAcceptTheWorkflowsDirectoryAsItIsAndReproduceTheReferenceTable() {
        String project = newProject("upstream");
        Reply reply = upload(Examples.upstreamPerfEvidence(), fields(project));

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        long id = reply.json().get("id").longValue();
        JsonNode summary = get("/api/v1/runs/" + id + "/" + SLO_SUMMARY).json();
        assertThat(summary.get("gate_pass")).isEqualTo(REFERENCE.get("gate_pass"));
        for (JsonNode expected : REFERENCE.get("rows")) {
            JsonNode row = summary.get("rows").valueStream()
                    .filter(r -> r.get("scenario").equals(expected.get("scenario"))
                            && r.get("metric").equals(expected.get("metric")))
                    .findFirst().orElseThrow(() -> new AssertionError("no row " + expected));
            assertThat(row.get("result").doubleValue()).as(expected.toString())
                    .isCloseTo(expected.get("result").doubleValue(), org.assertj.core.data.Offset.offset(5e-5));
            assertThat(row.get("budget")).as(expected.toString()).isEqualTo(expected.get("budget"));
            assertThat(row.get("status")).as(expected.toString()).isEqualTo(expected.get("status"));
        }
        assertThat(summary.get("violations").valueStream().map(JsonNode::stringValue).toList())
                .containsAll(REFERENCE.get("violations").valueStream().map(JsonNode::stringValue).toList());
        assertThat(summary.get("rows").valueStream()
                .filter(r -> r.get("scenario").stringValue().equals("artifact_contract")).findFirst().orElseThrow()
                .get("status").stringValue()).isEqualTo("PASS");
    }

    @Test
    void shouldShowTheEnvironmentsHostFactsAndThatTheUploadedSummaryAgrees() {
        String project = newProject("upstream-host");
        long id = upload(Examples.upstreamPerfEvidence(), fields(project)).json().get("id").longValue();

        JsonNode detail = get("/api/v1/runs/" + id).json();
        assertThat(detail.at("/host/hostname").stringValue()).isEqualTo("vm");
        assertThat(detail.at("/host/architecture").stringValue()).isEqualTo("x86_64");
        assertThat(detail.at("/host/logical_cores").intValue()).isEqualTo(2);
        assertThat(detail.at("/host/mem_total_kib").longValue()).isEqualTo(24683584L);
        assertThat(detail.at("/host/kernel_release").stringValue()).isEqualTo("6.18.44-fc-v782");
        assertThat(detail.get("findings")).isEmpty();
        assertThat(detail.get("uploaded_verdicts").valueStream()
                .map(v -> v.get("artifact").stringValue() + " " + v.get("claims").stringValue() + " "
                        + v.get("agrees").booleanValue()).toList())
                .containsExactly("perf-slo-summary.json fail true", "perf-baseline-canonical.json fail true");
        Reply page = get("/runs/" + id);
        assertThat(page.body()).contains("Uploaded perf-slo-summary.json says fail, as the service does.")
                .contains("x86_64").contains("23.5 GiB");
    }

    @Test
    void shouldSayWhenAnUploadedSummaryClaimsAnotherVerdict() {
        String project = newProject("upstream-claim");
        var claiming = Examples.withJson(Examples.upstreamPerfEvidence(), SLO_SUMMARY, node -> node.put("gate_pass", true));
        long id = upload(claiming, fields(project)).json().get("id").longValue();

        JsonNode detail = get("/api/v1/runs/" + id).json();
        assertThat(detail.get("findings").valueStream().map(f -> f.get("artifact").stringValue() + " "
                + f.get("field").stringValue() + " " + f.get("message").stringValue()).toList())
                .containsExactly("perf-slo-summary.json /gate_pass claims pass but the service's verdict is fail");
        assertThat(get("/runs/" + id).body()).contains("claims pass but the service&#39;s verdict is fail");
    }

    @Test
    void shouldKeepExtraFilesUpToTheBoundAndListThemOnTheRunPage() {
        String project = newProject("extras");
        Map<String, byte[]> artifacts = new LinkedHashMap<>(Examples.upstreamPerfEvidence());
        for (int i = 1; i <= ExtraFiles.MAX_FILES; i++) {
            artifacts.put("extra-" + i + ".log", ("log " + i).getBytes(StandardCharsets.UTF_8));
        }
        Reply stored = upload(artifacts, fields(project));

        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        long id = stored.json().get("id").longValue();
        assertThat(get("/api/v1/runs/" + id + "/artifacts/extra-16.log").body()).isEqualTo("log 16");
        JsonNode listed = get("/api/v1/runs/" + id).json().get("artifacts");
        assertThat(listed.valueStream().filter(a -> a.get("extra").booleanValue()).count()).isEqualTo(16);
        assertThat(get("/runs/" + id).body()).contains("id=\"extra-artifacts\"").contains("extra-7.log");

        artifacts.put("one-too-many.txt", "x".getBytes(StandardCharsets.UTF_8));
        Reply refused = upload(artifacts, Map.of("project", newProject("extras-over")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("artifact").stringValue()).toList())
                .containsExactly("one-too-many.txt");
    }

    @Test
    void shouldRefuseAnExtraPartThatIsNoFileAndAnUnsafeFileName() {
        String project = newProject("extras-bad");
        MultipartBody body = MultipartBody.of(withCiDefaults(Map.of("project", project, "comit", "abc1234")),
                Examples.upstreamPerfEvidence());
        body.file("../etc/passwd.txt", "x".getBytes(StandardCharsets.UTF_8));
        Reply reply = upload(body, TOKEN);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").valueStream().map(e -> e.get("artifact").stringValue() + ": "
                + e.get("message").stringValue()).toList()).containsExactlyInAnyOrder(
                        "comit: is neither an artifact of the perf contract nor a form field (fields: project, branch, "
                                + "commit, runner, ci_run_id, started_at)",
                        "../etc/passwd.txt: is not a plain file name (no directories, no leading dot, no control "
                                + "characters)");
        assertThat(runsOf(project)).isZero();
    }

    @Test
    void shouldStoreAWorkloadRowWhosePassFlagDisagreesCountItAndFlagIt() {
        String project = newProject("flag");
        var flagged = Examples.withWorkloadRow(Examples.upstreamPerfEvidence(), "full_read", row -> row.put("pass", false));
        Reply reply = upload(flagged, fields(project));

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        long id = reply.json().get("id").longValue();
        JsonNode rows = reply.json().at("/strict/rows");
        JsonNode failedRows = rows.valueStream().filter(r -> r.get("scenario").stringValue().equals("workload_suite"))
                .findFirst().orElseThrow();
        assertThat(failedRows.get("value").doubleValue()).isEqualTo(1.0);
        assertThat(failedRows.get("status").stringValue()).isEqualTo("fail");
        assertThat(get("/api/v1/runs/" + id).json().get("findings").get(0).get("field").stringValue())
                .isEqualTo("/benchmarks/2/pass");
        assertThat(get("/runs/" + id).body()).contains("id=\"findings\"").contains("/benchmarks/2/pass");
    }

    @Test
    void shouldNeverLetAnArtifactsOwnLimitLoosenTheVerdict() {
        String project = newProject("loose");
        var loose = Examples.withJson(Examples.upstreamPerfEvidence(), OPEN_COMPARE, node -> node
                .put("baseline_us_per_op", 5.0).put("with_agent_us_per_op", 6.0).put("delta_us_per_op", 1.0)
                .put("delta_pct", 20.0).put("max_allowed_pct", 50.0).put("pass", true));
        JsonNode rows = upload(loose, fields(project)).json().at("/strict/rows");

        JsonNode open = rows.get(0);
        assertThat(open.get("scenario").stringValue() + "/" + open.get("metric").stringValue())
                .isEqualTo("audit_mode_open/delta_pct");
        assertThat(open.get("budget").doubleValue()).isEqualTo(10.0);
        assertThat(open.get("budget_source").stringValue()).isEqualTo("defaults");
        assertThat(open.get("status").stringValue()).isEqualTo("fail");
    }

    @Test
    void shouldRefuseAStartInTheFutureWithoutStoringOrCreatingAnything() {
        String project = newProject("future");
        String future = Instant.now().plus(6, ChronoUnit.MINUTES).toString();
        Reply reply = upload(Examples.upstreamPerfEvidence(), Map.of("project", project, "started_at", future));

        assertThat(reply.status()).isEqualTo(422);
        JsonNode error = reply.json().get("errors").get(0);
        assertThat(error.get("field").stringValue()).isEqualTo("started_at");
        assertThat(error.get("message").stringValue()).contains("later than the service's clock allows");
        assertThat(jdbc.sql("SELECT count(*) FROM project WHERE name = ?").param(project).query(Long.class).single())
                .isZero();
        Reply skewed = upload(Examples.upstreamPerfEvidence(), Map.of("project", project, "started_at",
                Instant.now().plus(2, ChronoUnit.MINUTES).toString()));
        assertThat(skewed.status()).as("within the allowed skew").isEqualTo(201);
        Reply farFuture = upload(Examples.upstreamPerfEvidence(), Map.of("project", project, "ci_run_id", "far",
                "started_at", "+999999999-12-31T23:59:59Z"));
        assertThat(farFuture.status()).isEqualTo(422);
    }

    @Test
    void shouldRequireTheBranchAndTheCommitWithoutWhichARunIsInNoTrend() {
        String project = newProject("anonymous");
        Reply reply = upload(Examples.upstreamPerfEvidence(), Map.of("project", project, "branch", "", "commit", ""));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").valueStream().map(e -> e.get("field").stringValue() + ": "
                + e.get("message").stringValue()).toList()).containsExactly(
                        "branch: is required: trends and baselines are per branch",
                        "commit: is required: triage and promotion are per commit");
        assertThat(runsOf(project)).isZero();
    }
}
