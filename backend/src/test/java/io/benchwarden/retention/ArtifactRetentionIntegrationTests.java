package io.benchwarden.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ArtifactRetentionIntegrationTests extends ApiTestSupport {

    @Autowired
    RetentionJob job;

    private long count(String sql, long runId) {
        return jdbc.sql(sql).param(runId).query(Long.class).single();
    }

    private void storedDaysAgo(long runId, int days) {
        jdbc.sql("UPDATE strict_run SET ingested_at = now() - make_interval(days => ?) WHERE id = ?")
                .params(days, runId).update();
    }

    @Test
    void shouldPruneTheBytesOfRunsOlderThanThePeriodAndKeepEverythingElse() {
        String project = newProject("retention");
        long old = upload(Examples.strictRun(), Map.of("project", project, "ci_run_id", "old")).json().get("id")
                .longValue();
        long recent = upload(Examples.strictRun(), Map.of("project", project, "ci_run_id", "recent")).json()
                .get("id").longValue();
        storedDaysAgo(old, 31);
        storedDaysAgo(recent, 29);
        long oldArtifacts = count("SELECT count(*) FROM run_artifact WHERE run_id = ?", old);
        long oldGateRows = count("SELECT count(*) FROM gate_row WHERE run_id = ?", old);
        long oldProfiles = count("SELECT count(*) FROM profile_measurement WHERE run_id = ?", old);
        long oldAlerts = count("SELECT count(*) FROM alert WHERE kind = 'strict' AND run_id = ?", old);
        String sha = jdbc.sql("SELECT sha256 FROM run_artifact WHERE run_id = ? AND name = 'open_compare.json'")
                .param(old).query(String.class).single();
        assertThat(oldArtifacts).isEqualTo(10);
        // the real example run fails four rows: open compare delta, connect p95 overhead and ratio, and the contract
        // (the three canonical reports were not uploaded)
        assertThat(oldAlerts).isEqualTo(4);

        Reply set = asAdmin("PUT", "/api/v1/projects/" + project + "/retention", "{\"artifact_retention_days\":30}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("artifact_retention_days").intValue()).isEqualTo(30);
        Reply pruned = asAdmin("POST", "/api/v1/projects/" + project + "/retention/prunings", null);
        assertThat(pruned.status()).isEqualTo(200);
        assertThat(pruned.json().get("artifacts").intValue()).isEqualTo(10);

        // the old run lost its bytes, nothing else
        assertThat(count("SELECT count(*) FROM run_artifact WHERE run_id = ? AND content IS NULL AND pruned_at IS NOT NULL",
                old)).isEqualTo(oldArtifacts);
        assertThat(count("SELECT count(*) FROM gate_row WHERE run_id = ?", old)).isEqualTo(oldGateRows);
        assertThat(count("SELECT count(*) FROM profile_measurement WHERE run_id = ?", old)).isEqualTo(oldProfiles);
        assertThat(count("SELECT count(*) FROM alert WHERE kind = 'strict' AND run_id = ?", old)).isEqualTo(oldAlerts);
        // the recent one kept everything
        assertThat(count("SELECT count(*) FROM run_artifact WHERE run_id = ? AND content IS NOT NULL AND pruned_at IS NULL",
                recent)).isEqualTo(10);
        assertThat(get("/api/v1/runs/" + recent + "/artifacts/open_compare.json").status()).isEqualTo(200);

        JsonNode artifact = null;
        for (JsonNode a : get("/api/v1/runs/" + old).json().get("artifacts")) {
            if (a.get("name").stringValue().equals("open_compare.json")) {
                artifact = a;
            }
        }
        assertThat(artifact.get("sha256").stringValue()).isEqualTo(sha);
        assertThat(artifact.get("pruned_at").isNull()).isFalse();
        Reply gone = get("/api/v1/runs/" + old + "/artifacts/open_compare.json");
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.json().get("message").stringValue()).startsWith("artifact open_compare.json of run " + old
                + " was pruned on ").endsWith("by the project's retention period (sha256 " + sha + ")");
        assertThat(get("/api/v1/runs/" + old + "/perf-slo-report.md").body())
                .contains("| audit_mode_connect | p95_ratio | 1.2875 | <= 1.0500 | ratio | FAIL |");
        assertThat(get("/api/v1/runs/" + old + "/perf-evidence-report.md").status()).isEqualTo(410);
        assertThat(get("/runs/" + old).body()).contains("artifact pruned on ").contains(sha);

        // pruning again finds nothing left
        assertThat(asAdmin("POST", "/api/v1/projects/" + project + "/retention/prunings", null).json()
                .get("artifacts").intValue()).isZero();
    }

    @Test
    void shouldPruneHostedBenchmarkFilesOnTheNightlyJob() {
        String project = newProject("retention-hosted");
        long hosted = uploadHosted(Examples.hostedBenchmark(), Map.of("project", project, "branch", "main",
                "commit", "abcdef1")).json().get("id").longValue();
        jdbc.sql("UPDATE hosted_run SET ingested_at = now() - interval '8 days' WHERE id = ?").param(hosted).update();
        asAdmin("PUT", "/api/v1/projects/" + project + "/retention", "{\"artifact_retention_days\":7}");
        long seriesBefore = count("SELECT count(*) FROM hosted_series_value WHERE run_id = ?", hosted);

        job.pruneAll();

        assertThat(count("SELECT count(*) FROM hosted_run WHERE id = ? AND content IS NULL AND content_pruned_at IS NOT NULL",
                hosted)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM hosted_series_value WHERE run_id = ?", hosted))
                .isEqualTo(seriesBefore).isPositive();
    }

    @Test
    void shouldRefuseAPeriodOutOfRangeAndPruningWithoutOne() {
        String project = newProject("retention-bad");
        upload(Examples.strictRun(), Map.of("project", project));
        Reply zero = asAdmin("PUT", "/api/v1/projects/" + project + "/retention", "{\"artifact_retention_days\":0}");
        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.json().get("message").stringValue())
                .isEqualTo("artifact_retention_days must be 1 to 36500 (or null to keep artifacts), got 0");
        Reply none = asAdmin("POST", "/api/v1/projects/" + project + "/retention/prunings", null);
        assertThat(none.status()).isEqualTo(409);
        assertThat(get("/api/v1/projects/" + project + "/retention").json().get("artifact_retention_days").isNull())
                .isTrue();
        assertThat(asAdmin("PUT", "/api/v1/projects/no-such-project/retention", "{\"artifact_retention_days\":3}")
                .status()).isEqualTo(404);
    }
}
