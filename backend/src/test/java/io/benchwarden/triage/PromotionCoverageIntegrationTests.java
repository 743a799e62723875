package io.benchwarden.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.support.ApiTestSupport;
import io.benchwarden.support.Bundles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** No client's clock can make a strict run cover a commit the service had not seen when the run arrived. */
class PromotionCoverageIntegrationTests extends ApiTestSupport {

    private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");

    private Map<String, String> fields(String project, String commit, String startedAt) {
        return Map.of("project", project, "branch", "main", "commit", commit, "started_at", startedAt);
    }

    @Test
    void shouldNotPromoteANewCommitWithAHostedRegressionBecauseOfAStrictRunDatedFarInTheFuture() {
        String project = newProject("future-strict");
        assertThat(uploadHosted(Examples.hostedBenchmark(), fields(project, "c0c0c0c", "2026-11-01T00:00:00Z"))
                .json().get("alerts")).isEmpty();
        Reply strict = upload(Bundles.passingStrictRun(), fields(project, "c0c0c0c", "2026-11-01T01:00:00Z"));
        assertThat(strict.json().at("/strict/status").stringValue()).isEqualTo("pass");
        long strictId = strict.json().get("id").longValue();
        // History may hold such a run from before uploads in the future were refused.
        jdbc.sql("UPDATE strict_run SET started_at = ? WHERE id = ?").params(Timestamp.from(FAR_FUTURE), strictId)
                .update();
        Reply regression = uploadHosted(Examples.hostedScaled("BM_ParsePolicy_mean", 1.3),
                fields(project, "b1b1b1b", "2026-11-01T02:00:00Z"));
        assertThat(regression.json().get("alerts").toString()).isEqualTo("[\"BM_ParsePolicy\"]");

        Reply promotion = get("/api/v1/promotion?project=" + project + "&commit=b1b1b1b");

        assertThat(promotion.status()).isEqualTo(200);
        assertThat(promotion.json().get("promotable").booleanValue()).isFalse();
        assertThat(promotion.json().get("classification").stringValue()).isEqualTo("awaiting_strict");
        assertThat(promotion.json().get("reasons").valueStream().map(JsonNode::stringValue))
                .contains("no strict run covers this commit yet");
        JsonNode baseline = get("/api/v1/promotion?project=" + project + "&commit=c0c0c0c").json();
        assertThat(baseline.get("promotable").booleanValue()).as("its own commit is still decided by it").isTrue();
        assertThat(baseline.get("reasons").toString()).contains("strict run " + strictId + " on commit c0c0c0c");
        assertThat(jdbc.sql("SELECT started_at FROM strict_run WHERE id = ?").param(strictId).query(Timestamp.class)
                .single().toInstant()).as("reading changes nothing").isEqualTo(FAR_FUTURE);
    }

    @Test
    void shouldNotLetAHostedRunDatedInThePastBeCoveredByAStrictRunUploadedBeforeIt() {
        String project = newProject("backdated-hosted");
        uploadHosted(Examples.hostedBenchmark(), fields(project, "c0c0c0c", "2026-11-01T00:00:00Z"));
        upload(Bundles.passingStrictRun(), fields(project, "d0d0d0d", "2026-11-01T03:00:00Z"));
        Reply backdated = uploadHosted(Examples.hostedScaled("BM_ParsePolicy_mean", 1.3),
                fields(project, "e1e1e1e", "2026-11-01T02:00:00Z"));
        assertThat(backdated.json().get("alerts")).hasSize(1);

        JsonNode promotion = get("/api/v1/promotion?project=" + project + "&commit=e1e1e1e").json();

        assertThat(promotion.get("promotable").booleanValue()).isFalse();
        assertThat(promotion.get("classification").stringValue()).isEqualTo("awaiting_strict");
    }
}
