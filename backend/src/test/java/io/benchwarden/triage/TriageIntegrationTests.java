package io.benchwarden.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.support.ApiTestSupport;
import io.benchwarden.support.Bundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Drives every classification through the HTTP API with the shared examples: the hosted example with
 * BM_ParsePolicy made 30 % slower raises a hosted alert, the real strict run fails, a fixed copy passes.
 */
class TriageIntegrationTests extends ApiTestSupport {

    private static final String SLOW = "BM_ParsePolicy_mean";
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private String project;

    private Map<String, String> fields(String commit, int hour) {
        Map<String, String> fields = new HashMap<>();
        fields.put("project", project);
        fields.put("branch", "main");
        fields.put("commit", commit);
        fields.put("started_at", T0.plusSeconds(3600L * hour).toString());
        return fields;
    }

    private Reply hosted(String commit, int hour, double factor) {
        return uploadHosted(Examples.hostedScaled(SLOW, factor), fields(commit, hour));
    }

    private void strict(String commit, int hour, boolean pass) {
        Reply reply = upload(pass ? Bundles.passingStrictRun() : Examples.withReports(Examples.strictRun()), fields(commit, hour));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().at("/strict/status").stringValue()).isEqualTo(pass ? "pass" : "fail");
    }

    private JsonNode commit(JsonNode triage, String commit) {
        return triage.get("commits").valueStream().filter(c -> c.get("commit").stringValue().equals(commit))
                .findFirst().orElseThrow();
    }

    @BeforeEach
    void history() {
        project = newProject("triage");
        Reply first = hosted("c0c0c0c", 0, 1.0);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("alerts")).isEmpty();
        strict("c0c0c0c", 1, true);
        Reply noisy = hosted("c1c1c1c", 2, 1.3);
        assertThat(noisy.json().get("alerts").toString()).isEqualTo("[\"BM_ParsePolicy\"]");
        strict("c1c1c1c", 3, true);
        hosted("c2c2c2c", 4, 1.3 * 1.3);
        strict("c2c2c2c", 5, false);
        hosted("c3c3c3c", 6, 1.3 * 1.3);
        strict("c3c3c3c", 7, false);
        hosted("c4c4c4c", 8, 1.3 * 1.3 * 1.3);
    }

    @Test
    void shouldClassifyEveryCommitByTheStrictRunThatCoversIt() {
        JsonNode triage = get("/api/v1/triage?project=" + project + "&branch=main").json();

        assertThat(commit(triage, "c0c0c0c").get("classification").stringValue()).isEqualTo("clean");
        assertThat(commit(triage, "c1c1c1c").get("classification").stringValue()).isEqualTo("hosted_noise");
        assertThat(commit(triage, "c1c1c1c").get("sentence").stringValue()).contains("noise or non-critical drift");
        assertThat(commit(triage, "c2c2c2c").get("classification").stringValue()).isEqualTo("confirmed_regression");
        assertThat(commit(triage, "c2c2c2c").get("strict_alerts").valueStream()
                .map(a -> a.get("subject").stringValue()).toList())
                .containsExactly("audit_mode_open/delta_pct", "audit_mode_connect/p95_overhead_pct",
                        "audit_mode_connect/p95_ratio");
        assertThat(commit(triage, "c3c3c3c").get("classification").stringValue()).isEqualTo("strict_regression");
        assertThat(commit(triage, "c4c4c4c").get("classification").stringValue()).isEqualTo("awaiting_strict");
        assertThat(commit(triage, "c4c4c4c").get("hosted_alerts").get(0).get("detail").stringValue())
                .startsWith("BM_ParsePolicy is 1.30x its baseline");
    }

    @Test
    void shouldAnswerPromotionPerCommit() {
        assertThat(promotion("c0c0c0c").get("promotable").booleanValue()).isTrue();
        JsonNode noise = promotion("c1c1c1c");
        assertThat(noise.get("promotable").booleanValue()).isTrue();
        assertThat(noise.get("classification").stringValue()).isEqualTo("hosted_noise");
        JsonNode confirmed = promotion("c2c2c2c");
        assertThat(confirmed.get("promotable").booleanValue()).isFalse();
        assertThat(confirmed.get("reasons").toString()).contains("mitigation required before promotion");
        assertThat(promotion("c3c3c3c").get("promotable").booleanValue()).isFalse();
        assertThat(promotion("c4c4c4c").get("classification").stringValue()).isEqualTo("awaiting_strict");
        assertThat(promotion("c4c4c4c").get("promotable").booleanValue()).isFalse();
        assertThat(promotion("deadbeef").get("promotable").booleanValue()).isFalse();
    }

    private JsonNode promotion(String commit) {
        return get("/api/v1/promotion?project=" + project + "&commit=" + commit).json();
    }

    @Test
    void shouldRecordEveryAlertTransitionInTheAuditTrail() {
        JsonNode triage = get("/api/v1/triage?project=" + project + "&branch=main").json();
        long alertId = commit(triage, "c1c1c1c").get("hosted_alerts").get(0).get("id").longValue();

        Reply dismissed = postJson("/api/v1/alerts/" + alertId + "/events",
                "{\"state\":\"dismissed_as_noise\",\"note\":\"strict run passed on the perf host\"}");
        assertThat(dismissed.status()).isEqualTo(200);
        assertThat(dismissed.json().get("state").stringValue()).isEqualTo("dismissed_as_noise");
        Reply again = postJson("/api/v1/alerts/" + alertId + "/events", "{\"state\":\"dismissed_as_noise\"}");
        assertThat(again.status()).isEqualTo(409);
        Reply bogus = postJson("/api/v1/alerts/" + alertId + "/events", "{\"state\":\"deleted\"}");
        assertThat(bogus.status()).isEqualTo(422);
        postJson("/api/v1/alerts/" + alertId + "/events", "{\"note\":\"re-checked after rebase\"}");

        JsonNode history = get("/api/v1/alerts/" + alertId).json().get("history");
        assertThat(history).hasSize(3);
        assertThat(history.get(0).get("to_state").stringValue()).isEqualTo("untriaged");
        assertThat(history.get(0).get("actor").stringValue()).isEqualTo("system");
        assertThat(history.get(1).get("from_state").stringValue()).isEqualTo("untriaged");
        assertThat(history.get(1).get("to_state").stringValue()).isEqualTo("dismissed_as_noise");
        assertThat(history.get(1).get("actor").stringValue()).isEqualTo("token:BENCHWARDEN_API_TOKEN");
        assertThat(history.get(2).get("note").stringValue()).isEqualTo("re-checked after rebase");
        assertThat(history.get(2).get("to_state").stringValue()).isEqualTo("dismissed_as_noise");
    }
}
