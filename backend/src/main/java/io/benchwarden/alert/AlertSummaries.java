package io.benchwarden.alert;

import java.util.List;

import io.benchwarden.system.ApiException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes alert summaries: creating and growing them as alerts arrive, and moving them. One move of a summary
 * moves each of its alerts, and each alert gets its own audit entry with the same actor, note and time as the
 * summary's entry; nothing is deleted. A summary is locked while it moves, so two people triaging at once are
 * recorded one after the other.
 */
@Service
public class AlertSummaries {

    private static final String SYSTEM = AlertRecorder.SYSTEM;

    private final JdbcClient jdbc;
    private final AlertEvents events;
    private final ApplicationEventPublisher publisher;

    AlertSummaries(JdbcClient jdbc, AlertEvents events, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.events = events;
        this.publisher = publisher;
    }

    /**
     * Published when a summary is created ({@code fromState} null) or changes state, inside the transaction that
     * does it: listeners that act outside the service must wait for the commit.
     */
    public record SummaryChanged(long summaryId, long projectId, String fromState, String toState, String actor) {
    }

    /** @param runs the first bad and the last strict run, both null for hosted alerts alone */
    public record NewSummary(long projectId, String branch, Long firstRunId, Long lastRunId, AlertState state) {
    }

    public record Moved(long summaryId, String state, int alertsMoved) {
    }

    /** @param note why it exists, for its first entry; {@code runId} the run behind it, or null */
    public long create(NewSummary summary, String actor, String note, Long runId) {
        long id = jdbc.sql("""
                INSERT INTO alert_summary (project_id, branch, state, first_run_id, last_run_id)
                VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(summary.projectId(), summary.branch(), summary.state().wireName(), summary.firstRunId(),
                        summary.lastRunId())
                .query(Long.class).single();
        entry(id, null, summary.state().wireName(), actor, note, runId);
        publisher.publishEvent(new SummaryChanged(id, summary.projectId(), null, summary.state().wireName(), actor));
        return id;
    }

    public void attach(long alertId, long summaryId) {
        jdbc.sql("UPDATE alert SET summary_id = ? WHERE id = ?").params(summaryId, alertId).update();
    }

    /**
     * A new alert joining a summary someone has already triaged takes the summary's state, so the decision holds
     * for the regression's later runs too (a confirmed regression's next failing run is confirmed as well).
     */
    public void takeSummaryState(long alertId, long summaryId) {
        String summaryState = jdbc.sql("SELECT state FROM alert_summary WHERE id = ?").param(summaryId)
                .query(String.class).single();
        String alertState = jdbc.sql("SELECT state FROM alert WHERE id = ?").param(alertId).query(String.class).single();
        if (!summaryState.equals(AlertState.UNTRIAGED.wireName()) && alertState.equals(AlertState.UNTRIAGED.wireName())) {
            events.record(alertId, alertState, summaryState, SYSTEM,
                    "joined summary " + summaryId + ", which is " + summaryState.replace('_', ' '));
        }
    }

    /** Widens a summary's strict run range as later failing runs (or an earlier change point) join it. */
    public void extend(long summaryId, long firstRunId, long lastRunId) {
        jdbc.sql("UPDATE alert_summary SET first_run_id = ?, last_run_id = ?, updated_at = now() WHERE id = ?")
                .params(firstRunId, lastRunId, summaryId).update();
    }

    /**
     * Moves every alert of {@code from} into {@code into}, each with an audit entry saying so, and records on
     * {@code from} where they went: it stays readable, empty, pointing at {@code into}.
     */
    public void merge(long from, long into, String reason) {
        record Member(long id, String state) {
        }
        String note = "moved from summary " + from + " to summary " + into + ": " + reason;
        List<Member> members = jdbc.sql("SELECT id, state FROM alert WHERE summary_id = ? ORDER BY id FOR UPDATE")
                .param(from).query((rs, n) -> new Member(rs.getLong(1), rs.getString(2))).list();
        for (Member member : members) {
            attach(member.id(), into);
            events.record(member.id(), member.state(), member.state(), SYSTEM, note);
        }
        String state = jdbc.sql("UPDATE alert_summary SET merged_into_id = ?, updated_at = now() WHERE id = ? RETURNING state")
                .params(into, from).query(String.class).single();
        entry(from, state, state, SYSTEM, note, null);
    }

    /**
     * A person's action on a summary: a new state, a note, or both. The summary and each of its alerts not
     * already in the new state move; a note alone is recorded on the summary.
     */
    @Transactional
    public Moved move(long summaryId, String target, String note, String actor) {
        String current = lock(summaryId);
        String cleanNote = AlertEvents.cleanNote(note);
        if (target == null) {
            if (cleanNote == null) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "empty_event",
                        "give a new state, a note, or both");
            }
            entry(summaryId, current, current, actor, cleanNote, null);
            return new Moved(summaryId, current, 0);
        }
        AlertState next = AlertState.require(target);
        if (next.wireName().equals(current)) {
            throw new ApiException(HttpStatus.CONFLICT, "unchanged", "summary " + summaryId + " is already " + current);
        }
        return moveTo(summaryId, current, next, actor, cleanNote, null, false);
    }

    /**
     * The system resolves a summary as fixed because {@code runId} passed every row of it: only when nobody has
     * decided otherwise (dismissed as noise, an improvement, already fixed), and only the alerts still undecided.
     *
     * @return whether the summary moved
     */
    public boolean resolveFixed(long summaryId, long runId, String note) {
        String current = lock(summaryId);
        if (!AlertState.ofStored(current).undecided()) {
            return false;
        }
        jdbc.sql("UPDATE alert_summary SET fixed_by_run_id = ? WHERE id = ?").params(runId, summaryId).update();
        moveTo(summaryId, current, AlertState.FIXED, SYSTEM, note, runId, true);
        return true;
    }

    /**
     * Takes one alert out of its summary into a summary of its own, in the alert's state: for an alert that
     * belongs to another regression than the rest.
     *
     * @return the new summary's id
     */
    @Transactional
    public long split(long alertId, String note, String actor) {
        record Alert(long projectId, String branch, String kind, long runId, String state, Long summaryId) {
        }
        Alert alert = jdbc.sql("SELECT project_id, branch, kind, run_id, state, summary_id FROM alert WHERE id = ? FOR UPDATE")
                .param(alertId).query((rs, n) -> new Alert(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getString(5), (Long) rs.getObject(6)))
                .optional().orElseThrow(() -> ApiException.notFound("alert " + alertId));
        String cleanNote = AlertEvents.cleanNote(note);
        if (alert.summaryId() == null) {
            throw new ApiException(HttpStatus.CONFLICT, "ungrouped", "alert " + alertId + " is in no summary yet");
        }
        String from = lock(alert.summaryId());
        long members = jdbc.sql("SELECT count(*) FROM alert WHERE summary_id = ?").param(alert.summaryId())
                .query(Long.class).single();
        if (members == 1) {
            throw new ApiException(HttpStatus.CONFLICT, "alone",
                    "alert " + alertId + " is already the only alert of summary " + alert.summaryId());
        }
        Long run = AlertKind.STRICT.wireName().equals(alert.kind()) ? alert.runId() : null;
        String why = "split out of summary " + alert.summaryId() + (cleanNote == null ? "" : ": " + cleanNote);
        long id = create(new NewSummary(alert.projectId(), alert.branch(), run, run, AlertState.ofStored(alert.state())),
                actor, why, null);
        attach(alertId, id);
        events.record(alertId, alert.state(), alert.state(), actor, "split out of summary " + alert.summaryId()
                + " into summary " + id + (cleanNote == null ? "" : ": " + cleanNote));
        entry(alert.summaryId(), from, from, actor, "alert " + alertId + " split out into summary " + id
                + (cleanNote == null ? "" : ": " + cleanNote), null);
        return id;
    }

    private Moved moveTo(long summaryId, String current, AlertState next, String actor, String note, Long runId,
            boolean onlyUndecided) {
        record Member(long id, String state) {
        }
        jdbc.sql("UPDATE alert_summary SET state = ?, updated_at = now() WHERE id = ?")
                .params(next.wireName(), summaryId).update();
        entry(summaryId, current, next.wireName(), actor, note, runId);
        List<Member> members = jdbc.sql("SELECT id, state FROM alert WHERE summary_id = ? ORDER BY id FOR UPDATE")
                .param(summaryId).query((rs, n) -> new Member(rs.getLong(1), rs.getString(2))).list();
        int moved = 0;
        for (Member member : members) {
            AlertState state = AlertState.ofStored(member.state());
            if (state != next && (!onlyUndecided || state.undecided())) {
                events.record(member.id(), member.state(), next.wireName(), actor, note);
                moved++;
            }
        }
        long projectId = jdbc.sql("SELECT project_id FROM alert_summary WHERE id = ?").param(summaryId)
                .query(Long.class).single();
        publisher.publishEvent(new SummaryChanged(summaryId, projectId, current, next.wireName(), actor));
        return new Moved(summaryId, next.wireName(), moved);
    }

    /** Locks a summary that still holds its alerts; one merged into another is read, not moved. */
    private String lock(long summaryId) {
        record Row(String state, Long mergedInto) {
        }
        Row row = jdbc.sql("SELECT state, merged_into_id FROM alert_summary WHERE id = ? FOR UPDATE").param(summaryId)
                .query((rs, n) -> new Row(rs.getString(1), (Long) rs.getObject(2))).optional()
                .orElseThrow(() -> ApiException.notFound("alert summary " + summaryId));
        if (row.mergedInto() != null) {
            throw new ApiException(HttpStatus.CONFLICT, "merged",
                    "summary " + summaryId + " was merged into summary " + row.mergedInto() + "; act on that one");
        }
        return row.state();
    }

    private void entry(long summaryId, String from, String to, String actor, String note, Long runId) {
        jdbc.sql("""
                INSERT INTO alert_summary_event (summary_id, from_state, to_state, actor, note, run_id)
                VALUES (?, ?, ?, ?, ?, ?)""").params(summaryId, from, to, actor, note, runId).update();
    }
}
