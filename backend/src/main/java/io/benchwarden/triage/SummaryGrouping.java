package io.benchwarden.triage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.benchwarden.alert.AlertKind;
import io.benchwarden.alert.AlertRecorder;
import io.benchwarden.alert.AlertState;
import io.benchwarden.alert.AlertSummaries;
import io.benchwarden.contract.gate.GateRow;
import io.benchwarden.system.RunLabels;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Groups each new alert into a summary and resolves summaries as strict runs pass their rows, inside the
 * transaction that stores the run (see docs/POLICIES.md, "Alert summaries"). Per project and branch:
 * <ul>
 * <li>A strict alert continues the summary of the same row's alert in the branch's previous run that has the row,
 * when that run failed it too and the summary is not fixed. Otherwise the row starts failing here: its first bad
 * run is found by {@link FirstBadRun}, and it joins the summary that began at that run, or else the summary of a
 * regression under way in this run (another of its rows fails here too) that began no later; or it starts one.</li>
 * <li>A hosted alert joins the strict summary whose run range holds the strict run covering its commit; otherwise a
 * hosted-only summary of the same commit; otherwise it starts one. When a strict summary's range comes to cover
 * a hosted-only summary's commit, the hosted alerts move into the strict summary.</li>
 * <li>A strict run later than a summary's last run that passes every strict row of the summary resolves it as
 * fixed (actor {@code system}, with that run), unless someone decided otherwise.</li>
 * </ul>
 * Grouping for one branch is serialised by a transaction-level advisory lock, so two uploads at once cannot both
 * start a summary for one regression.
 */
@Component
class SummaryGrouping {

    /** How much of a row's history the first bad run is looked for in. */
    static final int HISTORY = 200;

    private static final String SYSTEM = AlertRecorder.SYSTEM;

    private final JdbcClient jdbc;
    private final AlertSummaries summaries;
    private final TriageService triage;
    private final StrictRange ranges;

    SummaryGrouping(JdbcClient jdbc, AlertSummaries summaries, TriageService triage, StrictRange ranges) {
        this.jdbc = jdbc;
        this.summaries = summaries;
        this.triage = triage;
        this.ranges = ranges;
    }

    private record NewAlert(long id, long projectId, String branch, String kind, long runId, String commit,
            String subject, Long summaryId) {
    }

    /** A strict run's place in its branch's order: by start, ties by id. */
    private record Position(long id, Instant startedAt) {

        boolean after(Position other) {
            int byTime = startedAt.compareTo(other.startedAt);
            return byTime > 0 || byTime == 0 && id > other.id;
        }
    }

    @EventListener
    void opened(AlertRecorder.Opened opened) {
        group(opened.alertId(), true);
    }

    @EventListener
    void judged(AlertRecorder.StrictRunJudged judged) {
        resolve(judged.runId());
    }

    /**
     * @param live a new alert joining a summary someone already triaged takes the summary's state; alerts grouped
     *        after the fact keep the state they have
     */
    void group(long alertId, boolean live) {
        NewAlert alert = jdbc.sql("""
                SELECT id, project_id, branch, kind, run_id, commit_sha, subject, summary_id FROM alert WHERE id = ?""")
                .param(alertId).query((rs, n) -> new NewAlert(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), (Long) rs.getObject(8)))
                .single();
        if (alert.summaryId() != null) {
            return;
        }
        lock(alert.projectId(), alert.branch());
        long summaryId = AlertKind.STRICT.wireName().equals(alert.kind()) ? strict(alert) : hosted(alert);
        summaries.attach(alert.id(), summaryId);
        if (live) {
            summaries.takeSummaryState(alert.id(), summaryId);
        }
    }

    private long strict(NewAlert alert) {
        Position run = position(alert.runId());
        Optional<Long> continued = continuedSummary(alert);
        if (continued.isPresent()) {
            long id = continued.get();
            Range current = rangeOf(id);
            widen(id, current.first(), current.last().after(run) ? current.last() : run, alert);
            return id;
        }
        Position firstBad = position(firstBadRun(alert));
        Optional<Long> sameStart = jdbc.sql("""
                SELECT id FROM alert_summary
                WHERE project_id = ? AND branch IS NOT DISTINCT FROM ? AND first_run_id = ?
                  AND merged_into_id IS NULL AND state <> 'fixed' ORDER BY id DESC LIMIT 1""")
                .params(alert.projectId(), alert.branch(), firstBad.id()).query(Long.class).optional();
        if (sameStart.isPresent()) {
            long id = sameStart.get();
            Range current = rangeOf(id);
            widen(id, firstBad, current.last().after(run) ? current.last() : run, alert);
            return id;
        }
        Optional<Long> ongoing = ongoingSummary(alert, firstBad);
        if (ongoing.isPresent()) {
            long id = ongoing.get();
            Range current = rangeOf(id);
            widen(id, current.first(), current.last().after(run) ? current.last() : run, alert);
            return id;
        }
        String note = alert.subject() + " failed in strict run " + RunLabels.strict(run.id())
                + (firstBad.id() == run.id() ? ""
                        : "; it moved for the worse at strict run " + RunLabels.strict(firstBad.id()));
        long id = summaries.create(new AlertSummaries.NewSummary(alert.projectId(), alert.branch(), firstBad.id(),
                run.id(), AlertState.UNTRIAGED), SYSTEM, note, run.id());
        absorbHosted(id, alert, firstBad, run);
        return id;
    }

    /** The summary of this row's alert in the previous run on the branch that has the row, if it failed there. */
    private Optional<Long> continuedSummary(NewAlert alert) {
        record Previous(boolean pass, Long summaryId) {
        }
        return jdbc.sql("""
                SELECT g.pass, a.summary_id
                FROM strict_run r
                JOIN strict_run p ON p.project_id = r.project_id AND p.branch IS NOT DISTINCT FROM r.branch
                 AND (p.started_at, p.id) < (r.started_at, r.id)
                JOIN gate_row g ON g.run_id = p.id AND g.scenario || '/' || g.metric = :subject
                LEFT JOIN alert a ON a.kind = 'strict' AND a.run_id = p.id AND a.subject = :subject
                WHERE r.id = :run
                ORDER BY p.started_at DESC, p.id DESC LIMIT 1""")
                .param("run", alert.runId()).param("subject", alert.subject())
                .query((rs, n) -> new Previous(rs.getBoolean(1), (Long) rs.getObject(2))).optional()
                .filter(previous -> !previous.pass() && previous.summaryId() != null)
                .map(Previous::summaryId)
                .filter(this::joinable);
    }

    /**
     * The summary of a regression still under way in this run — another of its strict rows fails here too — that
     * began no later than this row's first bad run: a row that crosses its budget in the middle of a regression
     * (noise on a level the regression moved) belongs to it, not to a summary of its own.
     */
    private Optional<Long> ongoingSummary(NewAlert alert, Position firstBad) {
        return jdbc.sql("""
                SELECT s.id FROM alert_summary s JOIN strict_run f ON f.id = s.first_run_id
                JOIN strict_run b ON b.id = :firstBad
                WHERE s.project_id = :project AND s.branch IS NOT DISTINCT FROM :branch AND s.merged_into_id IS NULL
                  AND s.state <> 'fixed' AND (f.started_at, f.id) <= (b.started_at, b.id)
                  AND EXISTS (SELECT 1 FROM alert a JOIN gate_row g ON g.run_id = :run AND NOT g.pass
                               AND g.scenario || '/' || g.metric = a.subject
                              WHERE a.summary_id = s.id AND a.kind = 'strict' AND a.subject <> :subject)
                ORDER BY s.id DESC LIMIT 1""")
                .param("project", alert.projectId()).param("branch", alert.branch())
                .param("firstBad", firstBad.id())
                .param("run", alert.runId()).param("subject", alert.subject())
                .query(Long.class).optional();
    }

    private boolean joinable(long summaryId) {
        return jdbc.sql("SELECT merged_into_id IS NULL AND state <> 'fixed' FROM alert_summary WHERE id = ?")
                .param(summaryId).query(Boolean.class).single();
    }

    private long firstBadRun(NewAlert alert) {
        record Row(FirstBadRun.Point point, String comparator, String unit) {
        }
        List<Row> rows = new ArrayList<>(jdbc.sql("""
                SELECT p.id, g.value, g.pass, g.comparator, g.unit
                FROM strict_run r
                JOIN strict_run p ON p.project_id = r.project_id AND p.branch IS NOT DISTINCT FROM r.branch
                 AND (p.started_at, p.id) <= (r.started_at, r.id)
                JOIN gate_row g ON g.run_id = p.id AND g.scenario || '/' || g.metric = :subject
                WHERE r.id = :run
                ORDER BY p.started_at DESC, p.id DESC LIMIT :history""")
                .param("run", alert.runId()).param("subject", alert.subject()).param("history", HISTORY)
                .query((rs, n) -> new Row(new FirstBadRun.Point(rs.getLong(1), rs.getDouble(2), rs.getBoolean(3)),
                        rs.getString(4), rs.getString(5)))
                .list());
        Collections.reverse(rows);
        Row failed = rows.get(rows.size() - 1);
        return FirstBadRun.of(rows.stream().map(Row::point).toList(), GateRow.AT_MOST.equals(failed.comparator()),
                "%".equals(failed.unit()));
    }

    private long hosted(NewAlert alert) {
        StrictRunOutcome covering = triage.coverage(alert.projectId(), alert.branch()).get(alert.commit());
        if (covering != null) {
            Optional<Long> strict = jdbc.sql("""
                    SELECT s.id FROM alert_summary s
                    JOIN strict_run f ON f.id = s.first_run_id JOIN strict_run l ON l.id = s.last_run_id
                    JOIN strict_run r ON r.id = ?
                    WHERE s.project_id = ? AND s.branch IS NOT DISTINCT FROM ? AND s.merged_into_id IS NULL
                      AND s.state <> 'fixed'
                      AND (r.started_at, r.id) >= (f.started_at, f.id) AND (r.started_at, r.id) <= (l.started_at, l.id)
                    ORDER BY s.id DESC LIMIT 1""")
                    .params(covering.id(), alert.projectId(), alert.branch()).query(Long.class).optional();
            if (strict.isPresent()) {
                return strict.get();
            }
        }
        Optional<Long> sameCommit = jdbc.sql("""
                SELECT s.id FROM alert_summary s JOIN alert a ON a.summary_id = s.id
                WHERE s.project_id = ? AND s.branch IS NOT DISTINCT FROM ? AND s.first_run_id IS NULL
                  AND s.merged_into_id IS NULL AND s.state <> 'fixed' AND a.commit_sha IS NOT DISTINCT FROM ?
                ORDER BY s.id DESC LIMIT 1""")
                .params(alert.projectId(), alert.branch(), alert.commit()).query(Long.class).optional();
        if (sameCommit.isPresent()) {
            return sameCommit.get();
        }
        return summaries.create(new AlertSummaries.NewSummary(alert.projectId(), alert.branch(), null, null,
                AlertState.UNTRIAGED), SYSTEM, alert.subject() + " alerted in hosted run "
                        + RunLabels.hosted(alert.runId()), null);
    }

    private record Range(Position first, Position last) {
    }

    private Range rangeOf(long summaryId) {
        record Ids(long first, long last) {
        }
        Ids ids = jdbc.sql("SELECT first_run_id, last_run_id FROM alert_summary WHERE id = ?").param(summaryId)
                .query((rs, n) -> new Ids(rs.getLong(1), rs.getLong(2))).single();
        return new Range(position(ids.first()), position(ids.last()));
    }

    private void widen(long summaryId, Position first, Position last, NewAlert alert) {
        summaries.extend(summaryId, first.id(), last.id());
        absorbHosted(summaryId, alert, first, last);
    }

    /** Hosted-only summaries whose commits a strict run of {@code [first, last]} covers move into the summary. */
    private void absorbHosted(long summaryId, NewAlert alert, Position first, Position last) {
        record Hosted(long summaryId, String commit) {
        }
        List<Hosted> hosted = jdbc.sql("""
                SELECT DISTINCT s.id, a.commit_sha FROM alert_summary s JOIN alert a ON a.summary_id = s.id
                WHERE s.project_id = ? AND s.branch IS NOT DISTINCT FROM ? AND s.first_run_id IS NULL
                  AND s.merged_into_id IS NULL AND s.state <> 'fixed' ORDER BY s.id""")
                .params(alert.projectId(), alert.branch())
                .query((rs, n) -> new Hosted(rs.getLong(1), rs.getString(2))).list();
        if (hosted.isEmpty()) {
            return;
        }
        Set<Long> runs = ranges.runs(first.id(), last.id());
        Map<String, StrictRunOutcome> covering = triage.coverage(alert.projectId(), alert.branch());
        Set<Long> merged = new HashSet<>();
        for (Hosted candidate : hosted) {
            StrictRunOutcome run = covering.get(candidate.commit());
            if (run != null && runs.contains(run.id()) && merged.add(candidate.summaryId())) {
                summaries.merge(candidate.summaryId(), summaryId, "strict run " + RunLabels.strict(run.id())
                        + " covers commit " + candidate.commit() + " and belongs to this summary's runs");
            }
        }
    }

    /** Resolves, as fixed by {@code runId}, each summary it passes every strict row of. */
    void resolve(long runId) {
        record Run(long projectId, String branch) {
        }
        Run run = jdbc.sql("SELECT project_id, branch FROM strict_run WHERE id = ?").param(runId)
                .query((rs, n) -> new Run(rs.getLong(1), rs.getString(2))).single();
        lock(run.projectId(), run.branch());
        List<Long> candidates = jdbc.sql("""
                SELECT s.id FROM alert_summary s JOIN strict_run l ON l.id = s.last_run_id JOIN strict_run r ON r.id = :run
                WHERE s.project_id = r.project_id AND s.branch IS NOT DISTINCT FROM r.branch
                  AND s.merged_into_id IS NULL AND s.state IN (:undecided)
                  AND (l.started_at, l.id) < (r.started_at, r.id)
                ORDER BY s.id""").param("run", runId).param("undecided", undecided()).query(Long.class).list();
        for (long summaryId : candidates) {
            firstPassingRun(summaryId, runId).ifPresent(passed -> summaries.resolveFixed(summaryId, passed,
                    passingNote(summaryId, passed)));
        }
    }

    /**
     * The first strict run after the summary's last run that passes each of its strict rows (the run must have
     * them all); with {@code onlyRun}, that run or nothing.
     */
    Optional<Long> firstPassingRun(long summaryId, Long onlyRun) {
        List<String> rows = rows(summaryId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT r.id FROM alert_summary s JOIN strict_run l ON l.id = s.last_run_id
                JOIN strict_run r ON r.project_id = l.project_id AND r.branch IS NOT DISTINCT FROM l.branch
                 AND (r.started_at, r.id) > (l.started_at, l.id)
                WHERE s.id = :summary AND (CAST(:only AS bigint) IS NULL OR r.id = :only)
                  AND (SELECT count(DISTINCT g.scenario || '/' || g.metric) FROM gate_row g
                       WHERE g.run_id = r.id AND g.pass AND g.scenario || '/' || g.metric IN (:rows)) = :count
                ORDER BY r.started_at, r.id LIMIT 1""")
                .param("summary", summaryId).param("only", onlyRun).param("rows", rows).param("count", rows.size())
                .query(Long.class).optional();
    }

    String passingNote(long summaryId, long runId) {
        return "strict run " + RunLabels.strict(runId) + " passed " + String.join(", ", rows(summaryId));
    }

    private List<String> rows(long summaryId) {
        return jdbc.sql("SELECT DISTINCT subject FROM alert WHERE summary_id = ? AND kind = 'strict' ORDER BY subject")
                .param(summaryId).query(String.class).list();
    }

    private static List<String> undecided() {
        return AlertState.UNDECIDED.stream().map(AlertState::wireName).toList();
    }

    private Position position(long runId) {
        return jdbc.sql("SELECT id, started_at FROM strict_run WHERE id = ?").param(runId)
                .query((rs, n) -> new Position(rs.getLong(1), rs.getTimestamp(2).toInstant())).single();
    }

    private void lock(long projectId, String branch) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param("benchwarden:alert-summaries:" + projectId + ":" + (branch == null ? "" : branch))
                .query((rs, n) -> 1).list();
    }
}
