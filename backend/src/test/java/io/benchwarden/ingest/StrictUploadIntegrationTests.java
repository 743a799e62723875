package io.benchwarden.ingest;

import static io.benchwarden.contract.ArtifactNames.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.runner.upload.MultipartBody;
import io.benchwarden.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StrictUploadIntegrationTests extends ApiTestSupport {

    private static Map<String, String> fields(String project) {
        return Map.of("project", project, "branch", "main", "commit", "a1b2c3d4e5f6", "runner", "perf-1",
                "started_at", "2026-11-20T10:15:30Z");
    }

    @Test
    void shouldAcceptTheRealExampleBundleWithTheRightVerdict() {
        String project = newProject("example");
        Reply reply = upload(Examples.strictRun(), fields(project));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode body = reply.json();
        long id = body.get("id").longValue();
        assertThat(reply.header("Location")).endsWith("/api/v1/runs/" + id);
        assertThat(body.get("url").stringValue()).endsWith("/runs/" + id);
        assertThat(body.at("/strict/status").stringValue()).isEqualTo("fail");
        JsonNode rows = body.at("/strict/rows");
        assertThat(rows).hasSize(11);
        JsonNode connectRatio = rows.get(9);
        assertThat(connectRatio.get("scenario").stringValue() + "/" + connectRatio.get("metric").stringValue())
                .isEqualTo("audit_mode_connect/p95_ratio");
        assertThat(connectRatio.get("value").doubleValue()).isEqualTo(135.69 / 105.39);
        assertThat(connectRatio.get("status").stringValue()).isEqualTo("fail");
        assertThat(rows.get(8).get("status").stringValue()).as("open p95 ratio").isEqualTo("pass");
        // the seed example carries the measurements only: the three reports are missing from the contract
        assertThat(rows.get(10).get("value").doubleValue()).isEqualTo(3.0);

        JsonNode detail = get("/api/v1/runs/" + id).json();
        assertThat(detail.at("/run/project").stringValue()).isEqualTo(project);
        assertThat(detail.at("/run/commit").stringValue()).isEqualTo("a1b2c3d4e5f6");
        assertThat(detail.at("/run/started_at").stringValue()).isEqualTo("2026-11-20T10:15:30Z");
        assertThat(detail.at("/host/kernel_release").stringValue()).isEqualTo("6.18.44-fc-v782");
        assertThat(detail.get("profiles")).hasSize(4);
        assertThat(detail.get("comparisons")).hasSize(5);
        assertThat(detail.get("artifacts")).hasSize(10);
        Reply artifact = get("/api/v1/runs/" + id + "/artifacts/" + CPU_INFO);
        assertThat(artifact.body()).isEqualTo(Examples.text(Examples.strictRun().get(CPU_INFO)));
    }

    @Test
    void shouldStoreNothingAndNameTheArtifactAndFieldWhenAnArtifactIsInvalid() {
        String project = newProject("invalid");
        var broken = Examples.withJson(Examples.strictRun(), OPEN_WITH_AGENT,
                node -> node.put("p95_us", 12.1).put("p99_us", 11.9));
        Reply reply = upload(broken, fields(project));

        assertThat(reply.status()).isEqualTo(422);
        JsonNode error = reply.json().get("errors").get(0);
        assertThat(error.get("artifact").stringValue()).isEqualTo(OPEN_WITH_AGENT);
        assertThat(error.get("field").stringValue()).isEqualTo("/p95_us");
        assertThat(error.get("message").stringValue()).contains("greater than p99_us");
        assertThat(runsOf(project)).isZero();
    }

    @Test
    void shouldListFormAndArtifactProblemsTogether() {
        String project = newProject("form");
        MultipartBody body = MultipartBody.of(
                Map.of("project", project, "commit", "not-a-sha", "started_at", "yesterday"),
                Examples.without(Examples.strictRun(), FS_TYPE));
        body.field("notes", "hello");
        body.file(CPU_INFO, "again".getBytes(StandardCharsets.UTF_8));
        Reply reply = upload(body, TOKEN);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").valueStream()
                .map(e -> e.get("artifact").stringValue() + " " + e.get("field").stringValue()).toList())
                .containsExactlyInAnyOrder("notes ", "cpu-info.txt ", "form branch", "form commit", "form started_at",
                        "fs-type.txt ");
        assertThat(runsOf(project)).isZero();
    }

    @Test
    void shouldRejectAProjectNameOutsideThePattern() {
        Reply reply = upload(Examples.strictRun(), Map.of("project", "Bad Name"));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/errors/0/field").stringValue()).isEqualTo("project");
    }

    @Test
    void shouldAnswerARepeatedCiRunIdWithTheSameRun() {
        String project = newProject("idempotent");
        Map<String, String> fields = new java.util.HashMap<>(fields(project));
        fields.put("ci_run_id", "gh-4711");
        Reply first = upload(Examples.strictRun(), fields);
        Reply second = upload(Examples.strictRun(), fields);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("id").longValue()).isEqualTo(first.json().get("id").longValue());
        assertThat(runsOf(project)).isEqualTo(1);
    }

    @Test
    void shouldUseTheContentAsKeyWithoutCiRunId() {
        String project = newProject("content-key");
        Reply first = upload(Examples.strictRun(), fields(project));
        Reply second = upload(Examples.strictRun(), fields(project));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("id").longValue()).isEqualTo(first.json().get("id").longValue());
        assertThat(runsOf(project)).isEqualTo(1);
    }

    @Test
    void shouldRefuseTheSameCiRunIdWithDifferentContent() {
        String project = newProject("conflict");
        Map<String, String> fields = new java.util.HashMap<>(fields(project));
        fields.put("ci_run_id", "gh-1");
        assertThat(upload(Examples.strictRun(), fields).status()).isEqualTo(201);
        var changed = Examples.withJson(Examples.strictRun(), OPEN_BASELINE, node -> node.put("seconds", 0.3));
        Reply reply = upload(changed, fields);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("error").stringValue()).isEqualTo("conflict");
        assertThat(runsOf(project)).isEqualTo(1);
    }

    @Test
    void shouldRequireAValidToken() {
        String project = newProject("auth");
        Reply missing = upload(MultipartBody.of(fields(project), Examples.strictRun()), null);
        // (fields(project) carries branch and commit)
        Reply wrong = upload(MultipartBody.of(fields(project), Examples.strictRun()), "not-a-token");

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.json().get("error").stringValue()).isEqualTo("unauthorized");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("message").stringValue()).contains("unknown or revoked");
        assertThat(runsOf(project)).isZero();
    }

    @Test
    void shouldAnswer413ForAnOversizedArtifact() {
        String project = newProject("large");
        byte[] huge = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');
        Reply reply = upload(Examples.with(Examples.strictRun(), CPU_INFO, huge), fields(project));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().get("error").stringValue()).isEqualTo("payload_too_large");
        assertThat(runsOf(project)).isZero();
    }

    @Test
    void shouldAnswer404AsJsonForAnUnknownRun() {
        Reply reply = get("/api/v1/runs/987654321");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("error").stringValue()).isEqualTo("not_found");
    }

    @Test
    void shouldFlagAnUploadedSummaryThatDisagreesWithTheService() {
        String project = newProject("summary");
        var artifacts = Examples.with(Examples.strictRun(), SLO_SUMMARY,
                "{\"gate\":{\"pass\":true}}".getBytes(StandardCharsets.UTF_8));
        Reply reply = upload(artifacts, fields(project));
        long id = reply.json().get("id").longValue();

        JsonNode detail = get("/api/v1/runs/" + id).json();
        assertThat(detail.at("/findings/0/message").stringValue())
                .isEqualTo("claims pass but the service's verdict is fail");
        assertThat(detail.at("/findings/0/field").stringValue()).isEqualTo("/gate/pass");
        assertThat(get("/api/v1/runs/" + id + "/artifacts/" + SLO_SUMMARY).body()).isEqualTo("{\"gate\":{\"pass\":true}}");
    }

    @Test
    void shouldShowTheRunnersIntervalOfEachP95RatioOrSayThatEachSideWasOnePass() {
        String project = newProject("intervals");
        var withRounds = Examples.withJson(Examples.strictRun(), OPEN_WITH_AGENT, profile -> {
            var rounds = profile.putArray("rounds");
            for (int i = 0; i < 5; i++) {
                rounds.addObject().put("iterations", 6000).put("p95_us", 6.58);
            }
            profile.put("estimator", "paired_median_of_rounds");
            profile.putObject("p95_ratio").put("value", 1.0297).put("ci_low", 1.0063).put("ci_high", 1.0558)
                    .put("confidence", 0.95).put("unpaired_value", 1.0403);
        });
        long id = upload(withRounds, fields(project)).json().get("id").longValue();
        long plain = upload(Examples.strictRun(), Map.of("project", project, "commit", "abcdef9")).json().get("id")
                .longValue();

        assertThat(get("/runs/" + id).body()).contains("open p95 ratio: 95 % interval 1.0063–1.0558 over 5 interleaved"
                + " rounds (paired median of rounds; unpaired medians give 1.0403)").doesNotContain("connect p95 ratio:");
        assertThat(get("/api/v1/runs/" + id).json().at("/rounds/0/low").doubleValue()).isEqualTo(1.0063);
        // the shared example comes from the reference scripts: one pass per side, nothing to show an interval of
        assertThat(get("/runs/" + plain).body()).contains("Each side was measured in one pass");
    }

    @Test
    void shouldShowTheHostsNoiseFloorWhenTheCalibrationTravelsWithTheRun() {
        String project = newProject("noise");
        String calibration = """
                {"schema":"benchwarden.noise-calibration","schema_version":1,"runs":5,"rounds_per_run":30,
                "estimator":"paired_median_of_rounds","idle_command":"sleep infinity","cpu_governor":"unknown",
                "gate_p95_ratio":1.05,"iterations_per_round":{"open_baseline.json":1500},
                "open_p95_ratio":{"median":0.9941,"min":0.9738,"max":1.0925,"iqr":0.0059,"false_fails":1,
                                  "ratios":[0.9941,1.0925,0.9738,1.0,0.9941]},
                "connect_p95_ratio":{"median":1.0,"min":1.0,"max":1.0,"iqr":0.0,"false_fails":0,
                                     "ratios":[1.0,1.0,1.0,1.0,1.0]},
                "false_fails":1}""";
        var artifacts = Examples.with(Examples.strictRun(), NOISE_CALIBRATION, calibration.getBytes(StandardCharsets.UTF_8));
        Map<String, String> fields = new java.util.HashMap<>(fields(project));
        fields.put("runner", project + "-host");
        long id = upload(artifacts, fields).json().get("id").longValue();

        JsonNode noise = get("/api/v1/runs/" + id).json().get("noise_floor");
        assertThat(noise.get("source").stringValue()).isEqualTo("calibration");
        assertThat(noise.get("runs").intValue()).isEqualTo(5);
        // sorted 0.9738 0.9941 0.9941 1.0 1.0925: 2.5th percentile 0.9738 + 0.1 x 0.0203 = 0.97583, 97.5th
        // 1.0 + 0.9 x 0.0925 = 1.08325; half the width between them
        assertThat(noise.get("open_p95_ratio_spread").doubleValue()).isCloseTo(0.05371, within(1e-9));
        assertThat(noise.get("connect_p95_ratio_spread").doubleValue()).isZero();
        assertThat(noise.get("p95_ratio_spread").doubleValue()).isCloseTo(0.05371, within(1e-9));
        assertThat(noise.get("us_per_op_spread").isNull()).isTrue();
        assertThat(noise.at("/calibration/run_id").longValue()).isEqualTo(id);
        assertThat(noise.at("/calibration/false_fails").longValue()).isEqualTo(1);
        assertThat(get("/api/v1/runs/" + id).json().at("/strict/rows")).hasSize(11);
        assertThat(get("/runs/" + id).body()).contains("open p95 ratio ±0.0537")
                .contains("1 of 5 idle-agent runs failed the 1.05 gate");
    }
}
