package io.benchwarden.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.support.Bundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** How alerts form summaries on hand-built histories, and how a later passing run resolves them. */
class AlertSummaryIntegrationTests extends SummaryHistories {

    @BeforeEach
    void newProject() {
        project = newProject("summaries");
    }

    @Test
    void shouldGroupARegressionsFailingRowsAndTheHostedAlertOfItsFirstCommitIntoOneSummary() {
        hosted("c0", 1.0);
        strict("c0", Fails.NONE);
        long hostedAlerting = hosted("c1", 1.3);
        long first = strict("c1", Fails.BOTH);
        strict("c2", Fails.BOTH);
        long last = strict("c3", Fails.BOTH);

        List<JsonNode> summaries = summaries();

        assertThat(summaries).hasSize(1);
        JsonNode summary = summaries.get(0);
        assertThat(summary.get("state").asString()).isEqualTo("untriaged");
        assertThat(summary.get("kind").asString()).isEqualTo("strict");
        assertThat(summary.get("first_run").longValue()).isEqualTo(first);
        assertThat(summary.get("last_run").longValue()).isEqualTo(last);
        assertThat(texts(summary.get("commits"), null)).containsExactly(sha("c1"), sha("c2"), sha("c3"));
        assertThat(texts(summary.get("rows"), null)).containsExactlyElementsOf(BOTH);
        assertThat(texts(summary.get("series"), null)).containsExactly("BM_ParsePolicy");
        assertThat(summary.get("alerts")).hasSize(3 * BOTH.size() + 1);
        JsonNode hostedAlert = summary.get("alerts").valueStream().filter(a -> a.get("kind").asString().equals("hosted"))
                .findFirst().orElseThrow();
        assertThat(hostedAlert.get("run").asString()).isEqualTo("H-" + hostedAlerting);
        assertThat(hostedAlert.get("run_path").asString()).isEqualTo("/hosted-runs/" + hostedAlerting);
        assertThat(hostedAlert.get("history").valueStream().map(e -> e.get("note").asString()).toList())
                .anyMatch(note -> note.startsWith("moved from summary ") && note.contains("strict run #" + first));
        assertThat(summary.get("path").asString()).endsWith("/triage?branch=main#summary-" + summary.get("id"));
    }

    @Test
    void shouldAddARowThatStartsFailingWhileTheRegressionIsUnderWayToItsSummary() {
        strict("c0", Fails.NONE);
        long first = strict("c1", Fails.CONNECT);
        long last = strict("c2", Fails.BOTH);

        List<JsonNode> summaries = summaries();

        assertThat(summaries).hasSize(1);
        assertThat(summaries.get(0).get("first_run").longValue()).isEqualTo(first);
        assertThat(summaries.get(0).get("last_run").longValue()).isEqualTo(last);
        assertThat(texts(summaries.get(0).get("rows"), null)).containsExactlyElementsOf(BOTH);
        assertThat(summaries.get(0).get("alerts")).hasSize(CONNECT.size() + BOTH.size());
    }

    @Test
    void shouldStartAnotherSummaryForARowThatFailsOnceTheRegressionsRowsPass() {
        strict("c0", Fails.NONE);
        long connectFrom = strict("c1", Fails.CONNECT);
        long compareFrom = strict("c2", Fails.COMPARE);

        List<JsonNode> summaries = summaries();

        assertThat(summaries).hasSize(2);
        assertThat(summaries.get(0).get("first_run").longValue()).isEqualTo(compareFrom);
        assertThat(summaries.get(0).get("state").asString()).isEqualTo("untriaged");
        assertThat(texts(summaries.get(0).get("rows"), null)).containsExactly(COMPARE);
        assertThat(summaries.get(1).get("first_run").longValue()).isEqualTo(connectFrom);
        assertThat(summaries.get(1).get("state").asString()).isEqualTo("fixed");
        assertThat(summaries.get(1).get("fixed_by_run").longValue()).isEqualTo(compareFrom);
    }

    @Test
    void shouldResolveASummaryAsFixedWhenALaterStrictRunPassesEveryRowOfIt() {
        strict("c0", Fails.NONE);
        strict("c1", Fails.BOTH);
        strict("c2", Fails.CONNECT);
        JsonNode stillFailing = summaries().get(0);
        assertThat(stillFailing.get("state").asString()).isEqualTo("untriaged");

        long fix = strict("c3", Fails.NONE);

        JsonNode fixed = summary(stillFailing.get("id").longValue());
        assertThat(fixed.get("state").asString()).isEqualTo("fixed");
        assertThat(fixed.get("fixed_by_run").longValue()).isEqualTo(fix);
        JsonNode last = fixed.get("history").get(fixed.get("history").size() - 1);
        assertThat(last.get("actor").asString()).isEqualTo("system");
        assertThat(last.get("from_state").asString()).isEqualTo("untriaged");
        assertThat(last.get("to_state").asString()).isEqualTo("fixed");
        assertThat(last.get("run_id").longValue()).isEqualTo(fix);
        assertThat(last.get("note").asString()).isEqualTo("strict run #" + fix + " passed " + String.join(", ", BOTH));
        assertThat(fixed.get("alerts")).hasSize(BOTH.size() + CONNECT.size()).allSatisfy(alert -> {
            assertThat(alert.get("state").asString()).isEqualTo("fixed");
            JsonNode entry = alert.get("history").get(alert.get("history").size() - 1);
            assertThat(entry.get("actor").asString()).isEqualTo("system");
            assertThat(entry.get("to_state").asString()).isEqualTo("fixed");
        });
    }

    @Test
    void shouldOpenANewSummaryWhenTheRowsOfAFixedOneFailAgain() {
        strict("c0", Fails.NONE);
        long firstTime = strict("c1", Fails.CONNECT);
        strict("c2", Fails.NONE);
        long again = strict("c3", Fails.CONNECT);

        List<JsonNode> summaries = summaries();

        assertThat(summaries).extracting(s -> s.get("state").asString()).containsExactly("untriaged", "fixed");
        assertThat(summaries.get(0).get("first_run").longValue()).isEqualTo(again);
        assertThat(summaries.get(1).get("first_run").longValue()).isEqualTo(firstTime);
    }

    @Test
    void shouldLeaveASummaryDismissedAsNoiseAsItIsWhenItsRowsPass() {
        strict("c0", Fails.NONE);
        strict("c1", Fails.CONNECT);
        long id = summaries().get(0).get("id").longValue();
        assertThat(postJson("/api/v1/alert-summaries/" + id + "/events",
                "{\"state\":\"dismissed_as_noise\",\"note\":\"noisy neighbour\"}").status()).isEqualTo(200);

        strict("c2", Fails.NONE);

        assertThat(summary(id).get("state").asString()).isEqualTo("dismissed_as_noise");
        assertThat(summary(id).get("fixed_by_run").isNull()).isTrue();
    }

    @Test
    void shouldGiveANewAlertOfAConfirmedRegressionTheConfirmedState() {
        strict("c0", Fails.NONE);
        strict("c1", Fails.CONNECT);
        long id = summaries().get(0).get("id").longValue();
        postJson("/api/v1/alert-summaries/" + id + "/events", "{\"state\":\"confirmed\"}");

        strict("c2", Fails.CONNECT);

        JsonNode alerts = summary(id).get("alerts");
        JsonNode later = alerts.get(alerts.size() - 1);
        assertThat(later.get("state").asString()).isEqualTo("confirmed");
        assertThat(later.get("history").get(1).get("note").asString())
                .isEqualTo("joined summary " + id + ", which is confirmed");
    }

    @Test
    void shouldKeepAHostedAlertWithoutAFailingStrictRunInASummaryOfItsOwn() {
        hosted("c0", 1.0);
        strict("c0", Fails.NONE);
        long alerting = hosted("c1", 1.3);
        strict("c1", Fails.NONE);

        List<JsonNode> summaries = summaries();

        assertThat(summaries).hasSize(1);
        assertThat(summaries.get(0).get("kind").asString()).isEqualTo("hosted");
        assertThat(summaries.get(0).get("first_run").isNull()).isTrue();
        assertThat(summaries.get(0).get("state").asString()).isEqualTo("untriaged");
        assertThat(texts(summaries.get(0).get("commits"), null)).containsExactly(sha("c1"));
        assertThat(summaries.get(0).get("alerts").get(0).get("run").asString()).isEqualTo("H-" + alerting);
    }

    @Test
    void shouldListOnlyTheRequestedStateAndRefuseAnUnknownOne() {
        strict("c0", Fails.NONE);
        strict("c1", Fails.CONNECT);
        strict("c2", Fails.NONE);
        strict("c3", Fails.COMPARE);

        assertThat(get("/api/v1/alert-summaries?project=" + project + "&state=fixed").json().get("summaries"))
                .hasSize(1);
        Reply bogus = get("/api/v1/alert-summaries?project=" + project + "&state=closed");
        assertThat(bogus.status()).isEqualTo(422);
        assertThat(bogus.json().get("message").asString()).startsWith("state must be one of untriaged, acknowledged");
        assertThat(get("/api/v1/alert-summaries?project=nope-" + project).status()).isEqualTo(404);
    }

    /** The connect ratio rises to 1.035 (within 1.05) for six runs before it fails at 1.063: the rise was the start. */
    @Test
    void shouldTakeTheChangePointOfTheRowAsTheFirstBadRun() {
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            double p95 = (i < 10 ? 100.0 : i < 16 ? 109.0 : 112.0) + (i % 3) * 0.3;
            runs.add(strict("k" + i, Examples.withReports(Examples.withJson(Bundles.passingStrictRun(),
                    ArtifactNames.CONNECT_WITH_AGENT, n -> n.put("p95_us", p95)))));
        }

        JsonNode summary = summaries().get(0);

        assertThat(summary.get("first_run").longValue()).isEqualTo(runs.get(10));
        assertThat(summary.get("last_run").longValue()).isEqualTo(runs.get(16));
        assertThat(texts(summary.get("commits"), null)).containsExactly(sha("k10"), sha("k11"), sha("k12"), sha("k13"),
                sha("k14"), sha("k15"), sha("k16"));
        assertThat(summary.get("alerts")).hasSize(1);
        // its overhead, 6.3 %, stays within 10 %: only the ratio fails
        assertThat(summary.get("history").get(0).get("note").asString()).isEqualTo(CONNECT.get(1) + " failed in strict run #"
                + runs.get(16) + "; it moved for the worse at strict run #" + runs.get(10));
    }
}
