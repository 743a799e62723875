package io.benchwarden.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HostedUploadIntegrationTests extends ApiTestSupport {

    private Map<String, String> fields(String project, String commit, String startedAt) {
        return Map.of("project", project, "branch", "main", "commit", commit, "started_at", startedAt);
    }

    @Test
    void shouldCompareOnlyMeanRowsAboveFiftyNanosecondsAndSayWhyTheRestWasExcluded() {
        String project = newProject("hosted");
        Reply reply = uploadHosted(Examples.hostedBenchmark(), fields(project, "aaaaaaa", "2026-11-01T00:00:00Z"));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode body = reply.json();
        assertThat(body.get("compared").valueStream().map(r -> r.get("series").stringValue()).toList())
                .containsExactly("BM_JsonEscape", "BM_ParsePolicy");
        assertThat(body.get("compared").get(0).get("outcome").stringValue()).isEqualTo("new");
        assertThat(body.get("excluded").valueStream().filter(r -> r.get("reason").stringValue().equals("below_50ns")))
                .hasSize(5);
        assertThat(body.get("excluded").valueStream()
                .filter(r -> r.get("reason").stringValue().equals("not_mean_aggregate"))).hasSize(21);
    }

    @Test
    void shouldAlertAboveTwentyPercentAndRecordImprovementsWithoutAlerting() {
        String project = newProject("hosted-alert");
        uploadHosted(Examples.hostedBenchmark(), fields(project, "aaaaaaa", "2026-11-01T00:00:00Z"));
        Reply slower = uploadHosted(Examples.hostedScaled("BM_ParsePolicy_mean", 1.3),
                fields(project, "bbbbbbb", "2026-11-02T00:00:00Z"));
        assertThat(slower.json().get("alerts").toString()).isEqualTo("[\"BM_ParsePolicy\"]");
        JsonNode row = slower.json().get("compared").valueStream()
                .filter(r -> r.get("series").stringValue().equals("BM_ParsePolicy")).findFirst().orElseThrow();
        assertThat(row.get("ratio").doubleValue()).isEqualTo(1.3, org.assertj.core.data.Offset.offset(1e-9));

        Reply faster = uploadHosted(Examples.hostedScaled("BM_JsonEscape_mean", 0.7),
                fields(project, "ccccccc", "2026-11-03T00:00:00Z"));
        // baseline is the newest earlier run (bbbbbbb): ParsePolicy back to 1/1.3 = 0.77 is an improvement too
        assertThat(faster.json().get("alerts")).isEmpty();
        assertThat(faster.json().get("improvements").toString()).contains("BM_JsonEscape");
    }

    @Test
    void shouldApplyTheProjectsFocusPatternsAndAcceptAJsonBody() {
        String project = newProject("hosted-json");
        Reply reply = send(HttpRequest.newBuilder(uri("/api/v1/hosted-runs?project=" + project
                + "&branch=main&commit=abcdef1&ci_run_id=h-1"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Examples.hostedBenchmark())).build());
        assertThat(reply.status()).isEqualTo(201);
        Reply again = send(HttpRequest.newBuilder(uri("/api/v1/hosted-runs?project=" + project
                + "&branch=main&commit=abcdef1&ci_run_id=h-1"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Examples.hostedBenchmark())).build());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").longValue()).isEqualTo(reply.json().get("id").longValue());
    }

    @Test
    void shouldRejectBrokenBenchmarkJsonWithEveryProblemAndStoreNothing() {
        String project = newProject("hosted-bad");
        String broken = Examples.text(Examples.hostedBenchmark()).replaceFirst("\"real_time\": [0-9.e+-]+",
                "\"real_time\": -1");
        Reply reply = uploadHosted(broken.getBytes(StandardCharsets.UTF_8), Map.of("project", project, "branch", "",
                "commit", ""));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").valueStream()
                .map(e -> e.get("artifact").stringValue() + " " + e.get("field").stringValue()).toList())
                .contains("form commit", "form branch", "benchmark.json /benchmarks/0/real_time");
        assertThat(jdbc.sql("SELECT count(*) FROM hosted_run h JOIN project p ON p.id = h.project_id WHERE p.name = ?")
                .param(project).query(Long.class).single()).isZero();
    }

    @Test
    void shouldNeverBeSilentlyGreenWhenTheFocusPatternsLeaveNothingToCompare() {
        String project = newProject("hosted-empty");
        uploadHosted(Examples.hostedBenchmark(), Map.of("project", project, "commit", "abcdef0"));
        Reply focus = send(HttpRequest.newBuilder(uri("/api/v1/projects/" + project + "/focus-patterns"))
                .header("Content-Type", "text/plain").header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString(Examples.hostedFocusPatterns())).build());
        assertThat(focus.status()).as(focus.body()).isEqualTo(200);

        Reply reply = uploadHosted(Examples.hostedBenchmark(), Map.of("project", project, "commit", "abcdef1"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("compared")).isEmpty();
        assertThat(reply.json().get("warnings").valueStream().map(JsonNode::stringValue).toList()).containsExactly(
                "nothing was compared: every focus-matching series (4) is under 50 ns, too short to compare on shared runners");
        long id = reply.json().get("id").longValue();
        assertThat(get("/hosted-runs/" + id).body()).contains("id=\"hosted-warnings\"")
                .contains("every focus-matching series (4) is under 50 ns");
        // It raised no alert, so triage must say so itself: the run, its commit and why, linked to its page.
        String triage = get("/projects/" + project + "/triage").body();
        assertThat(triage).contains("id=\"hosted-warnings\"").contains("href=\"/hosted-runs/" + id + "\">H-" + id + "</a>")
                .contains("abcdef1").contains("every focus-matching series (4) is under 50 ns");
        assertThat(triage.split("href=\"/hosted-runs/", -1)).as("the first run compared its series").hasSize(2);
    }
}
