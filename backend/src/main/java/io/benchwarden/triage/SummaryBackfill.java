package io.benchwarden.triage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.benchwarden.alert.AlertRecorder;
import io.benchwarden.alert.AlertState;
import io.benchwarden.alert.AlertSummaries;
import io.benchwarden.system.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Groups the alerts stored before summaries existed, once, at start-up, by the rules new alerts follow: in the
 * order their runs started, one transaction per branch. A summary then takes its alerts' state when they all
 * agree (untriaged otherwise: someone must look), and one still undecided is resolved as fixed by the first later
 * strict run that passed all its rows, as it would have been had summaries existed all along.
 */
@Component
class SummaryBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SummaryBackfill.class);

    private final JdbcClient jdbc;
    private final SummaryGrouping grouping;
    private final AlertSummaries summaries;
    private final StartupLock lock;
    private final TransactionTemplate transactions;

    SummaryBackfill(JdbcClient jdbc, SummaryGrouping grouping, AlertSummaries summaries, StartupLock lock,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.grouping = grouping;
        this.summaries = summaries;
        this.lock = lock;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        lock.run("alert-summaries", this::groupUngrouped);
    }

    void groupUngrouped() {
        record Ungrouped(long id, String branchKey) {
        }
        Map<String, List<Long>> byBranch = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT a.id, a.project_id || ':' || coalesce(a.branch, '') FROM alert a
                LEFT JOIN strict_run s ON a.kind = 'strict' AND s.id = a.run_id
                LEFT JOIN hosted_run h ON a.kind = 'hosted' AND h.id = a.run_id
                WHERE a.summary_id IS NULL
                ORDER BY coalesce(s.started_at, h.started_at), a.kind, a.run_id, a.id""")
                .query((rs, n) -> new Ungrouped(rs.getLong(1), rs.getString(2))).list()
                .forEach(alert -> byBranch.computeIfAbsent(alert.branchKey(), k -> new ArrayList<>())
                        .add(alert.id()));
        if (byBranch.isEmpty()) {
            return;
        }
        int alerts = 0;
        for (List<Long> ids : byBranch.values()) {
            transactions.executeWithoutResult(status -> backfill(ids));
            alerts += ids.size();
        }
        log.info("Grouped {} alerts stored before alert summaries into summaries, on {} branches", alerts,
                byBranch.size());
    }

    private void backfill(List<Long> alertIds) {
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM alert_summary").query(Long.class).single();
        alertIds.forEach(id -> grouping.group(id, false));
        List<Long> created = jdbc.sql("""
                SELECT DISTINCT summary_id FROM alert WHERE id IN (:ids) AND summary_id > :before ORDER BY summary_id""")
                .param("ids", alertIds).param("before", before).query(Long.class).list();
        for (long summaryId : created) {
            List<String> states = jdbc.sql("SELECT DISTINCT state FROM alert WHERE summary_id = ?").param(summaryId)
                    .query(String.class).list();
            if (states.size() == 1 && !states.get(0).equals(AlertState.UNTRIAGED.wireName())) {
                summaries.move(summaryId, states.get(0), "taken from its alerts, all " + states.get(0).replace('_', ' ')
                        + " when alerts were first grouped into summaries", AlertRecorder.SYSTEM);
            }
            String state = jdbc.sql("SELECT state FROM alert_summary WHERE id = ?").param(summaryId)
                    .query(String.class).single();
            if (AlertState.ofStored(state).undecided()) {
                grouping.firstPassingRun(summaryId, null).ifPresent(run -> summaries.resolveFixed(summaryId, run,
                        grouping.passingNote(summaryId, run)));
            }
        }
    }
}
