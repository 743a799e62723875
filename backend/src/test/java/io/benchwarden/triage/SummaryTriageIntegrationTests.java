package io.benchwarden.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;

import io.benchwarden.support.Bundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Triage acting on a summary as a whole, on one alert of it, and only within a token's project. */
class SummaryTriageIntegrationTests extends SummaryHistories {

    private long summaryId;

    @BeforeEach
    void regression() {
        project = newProject("summary-triage");
        hosted("c0", 1.0);
        strict("c0", Fails.NONE);
        hosted("c1", 1.3);
        strict("c1", Fails.BOTH);
        strict("c2", Fails.BOTH);
        summaryId = summaries().get(0).get("id").longValue();
    }

    @Test
    void shouldMoveEveryAlertOfASummaryWithOneActionEachWithItsOwnAuditEntry() {
        Reply moved = postJson("/api/v1/alert-summaries/" + summaryId + "/events",
                "{\"state\":\"investigating\",\"note\":\"bisecting c1\"}");

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        JsonNode summary = moved.json();
        assertThat(summary.get("state").asString()).isEqualTo("investigating");
        JsonNode entry = summary.get("history").get(summary.get("history").size() - 1);
        assertThat(entry.get("actor").asString()).isEqualTo("token:BENCHWARDEN_API_TOKEN");
        assertThat(entry.get("note").asString()).isEqualTo("bisecting c1");
        assertThat(summary.get("alerts")).hasSize(2 * BOTH.size() + 1).allSatisfy(alert -> {
            assertThat(alert.get("state").asString()).isEqualTo("investigating");
            JsonNode own = alert.get("history").get(alert.get("history").size() - 1);
            assertThat(own.get("from_state").asString()).isEqualTo("untriaged");
            assertThat(own.get("to_state").asString()).isEqualTo("investigating");
            assertThat(own.get("actor").asString()).isEqualTo("token:BENCHWARDEN_API_TOKEN");
            assertThat(own.get("note").asString()).isEqualTo("bisecting c1");
            assertThat(own.get("at").asString()).isEqualTo(entry.get("at").asString());
        });
    }

    @Test
    void shouldRefuseAMoveToTheSameStateAnUnknownStateAndAnEmptyEvent() {
        assertThat(postJson("/api/v1/alert-summaries/" + summaryId + "/events", "{\"state\":\"untriaged\"}").status())
                .isEqualTo(409);
        Reply unknown = postJson("/api/v1/alert-summaries/" + summaryId + "/events", "{\"state\":\"closed\"}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("error").asString()).isEqualTo("invalid_state");
        assertThat(postJson("/api/v1/alert-summaries/" + summaryId + "/events", "{}").status()).isEqualTo(422);
        assertThat(postJson("/api/v1/alert-summaries/999999999/events", "{\"state\":\"fixed\"}").status())
                .isEqualTo(404);
        assertThat(summary(summaryId).get("history")).hasSize(1);
    }

    @Test
    void shouldMoveOneAlertAloneAndAcceptTheFormerNameOfUntriaged() {
        long alert = summary(summaryId).get("alerts").get(0).get("id").longValue();
        assertThat(postJson("/api/v1/alerts/" + alert + "/events", "{\"state\":\"acknowledged\"}").status())
                .isEqualTo(200);

        Reply reopened = postJson("/api/v1/alerts/" + alert + "/events", "{\"state\":\"open\"}");

        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.json().get("state").asString()).isEqualTo("untriaged");
        assertThat(reopened.json().get("summary_id").longValue()).isEqualTo(summaryId);
        assertThat(summary(summaryId).get("state").asString()).isEqualTo("untriaged");
    }

    @Test
    void shouldSplitAnAlertOutIntoASummaryOfItsOwn() {
        JsonNode hostedAlert = summary(summaryId).get("alerts").valueStream()
                .filter(a -> a.get("kind").asString().equals("hosted")).findFirst().orElseThrow();
        long alert = hostedAlert.get("id").longValue();

        Reply split = postJson("/api/v1/alerts/" + alert + "/split", "{\"note\":\"a parser change, not the agent\"}");

        assertThat(split.status()).as(split.body()).isEqualTo(201);
        long created = split.json().get("id").longValue();
        assertThat(split.header("Location")).endsWith("/api/v1/alert-summaries/" + created);
        assertThat(split.json().get("kind").asString()).isEqualTo("hosted");
        assertThat(texts(split.json().get("alerts"), "id")).containsExactly(String.valueOf(alert));
        JsonNode entry = split.json().get("alerts").get(0).get("history").valueStream().reduce((a, b) -> b).orElseThrow();
        assertThat(entry.get("note").asString()).isEqualTo("split out of summary " + summaryId + " into summary "
                + created + ": a parser change, not the agent");
        assertThat(summary(summaryId).get("alerts")).hasSize(2 * BOTH.size());
        assertThat(postJson("/api/v1/alerts/" + alert + "/split", "{}").status()).isEqualTo(409);
    }

    @Test
    void shouldRefuseAScopedTokenActingOnAnotherProjectsSummaryAndChangeNothing() {
        String other = newProject("summary-scope");
        assertThat(upload(Bundles.passingStrictRun(), Map.of("project", other, "commit", "aaaaaaa")).status())
                .isEqualTo(201);
        String secret = asAdmin("POST", "/api/v1/admin/tokens", "{\"name\":\"ci of " + other + "\",\"project\":\""
                + other + "\"}").json().get("secret").asString();
        long alert = summary(summaryId).get("alerts").get(0).get("id").longValue();

        Reply move = send(HttpRequest.newBuilder(uri("/api/v1/alert-summaries/" + summaryId + "/events"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + secret)
                .POST(HttpRequest.BodyPublishers.ofString("{\"state\":\"dismissed_as_noise\"}")).build());
        Reply split = send(HttpRequest.newBuilder(uri("/api/v1/alerts/" + alert + "/split"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + secret)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(move.status()).isEqualTo(403);
        assertThat(move.json().get("message").asString()).endsWith("not to " + project);
        assertThat(split.status()).isEqualTo(403);
        JsonNode unchanged = summary(summaryId);
        assertThat(unchanged.get("state").asString()).isEqualTo("untriaged");
        assertThat(unchanged.get("alerts")).hasSize(2 * BOTH.size() + 1);
    }
}
