package io.benchwarden.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Alerts stored before summaries existed are grouped at start-up by the same rules, keeping their decisions. */
class SummaryBackfillIntegrationTests extends SummaryHistories {

    @Autowired
    private SummaryBackfill backfill;

    /** Undoes the grouping of the project's alerts, as they were stored before alert summaries. */
    private void forgetSummaries() {
        List<Long> ids = jdbc.sql("""
                SELECT s.id FROM alert_summary s JOIN project p ON p.id = s.project_id WHERE p.name = ?""")
                .param(project).query(Long.class).list();
        jdbc.sql("UPDATE alert SET summary_id = NULL WHERE summary_id IN (:ids)").param("ids", ids).update();
        jdbc.sql("DELETE FROM alert_summary_event WHERE summary_id IN (:ids)").param("ids", ids).update();
        jdbc.sql("DELETE FROM alert_summary WHERE id IN (:ids)").param("ids", ids).update();
    }

    private void setStates(String state) {
        jdbc.sql("UPDATE alert SET state = ? WHERE project_id = (SELECT id FROM project WHERE name = ?)")
                .params(state, project).update();
    }

    @Test
    void shouldGroupStoredAlertsTakeTheirCommonStateAndResolveWhatALaterRunFixed() {
        project = newProject("backfill");
        hosted("c0", 1.0);
        strict("c0", Fails.NONE);
        hosted("c1", 1.3);
        strict("c1", Fails.BOTH);
        strict("c2", Fails.CONNECT);
        long fix = strict("c3", Fails.NONE);
        forgetSummaries();
        setStates("acknowledged");

        backfill.groupUngrouped();

        List<JsonNode> summaries = summaries();
        assertThat(summaries).hasSize(1);
        JsonNode summary = summaries.get(0);
        assertThat(summary.get("alerts")).hasSize(BOTH.size() + CONNECT.size() + 1);
        assertThat(summary.get("state").asString()).isEqualTo("fixed");
        assertThat(summary.get("fixed_by_run").longValue()).isEqualTo(fix);
        assertThat(summary.get("history").valueStream().map(e -> e.get("to_state").asString()).toList())
                .containsExactly("untriaged", "acknowledged", "fixed");
        assertThat(summary.get("alerts")).allSatisfy(a -> assertThat(a.get("state").asString()).isEqualTo("fixed"));
    }

    @Test
    void shouldLeaveASummaryOfDisagreeingAlertsUntriagedAndKeepADismissedAlertDismissed() {
        project = newProject("backfill-mixed");
        strict("c0", Fails.NONE);
        strict("c1", Fails.BOTH);
        strict("c2", Fails.NONE);
        forgetSummaries();
        setStates("untriaged");
        jdbc.sql("""
                UPDATE alert SET state = 'dismissed_as_noise'
                WHERE subject = ? AND project_id = (SELECT id FROM project WHERE name = ?)""")
                .params(COMPARE, project).update();

        backfill.groupUngrouped();

        JsonNode summary = summaries().get(0);
        assertThat(summary.get("history").valueStream().map(e -> e.get("to_state").asString()).toList())
                .containsExactly("untriaged", "fixed");
        assertThat(summary.get("alerts").valueStream().map(a -> a.get("subject").asString() + " "
                + a.get("state").asString()).toList())
                .containsExactlyInAnyOrder(CONNECT.get(0) + " fixed", CONNECT.get(1) + " fixed",
                        COMPARE + " dismissed_as_noise");
    }
}
