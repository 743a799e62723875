package io.benchwarden.alert;

import java.time.Instant;
import java.util.List;

import io.benchwarden.system.ApiException;
import io.benchwarden.system.RunLabels;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves single alerts between states with an audit entry per move (who, when, from, to, note). The row is locked
 * while it moves, so two people triaging at once are recorded one after the other, never lost.
 */
@Service
public class AlertLifecycle {

    private final JdbcClient jdbc;
    private final AlertHistory histories;
    private final AlertEvents events;

    AlertLifecycle(JdbcClient jdbc, AlertHistory histories, AlertEvents events) {
        this.jdbc = jdbc;
        this.histories = histories;
        this.events = events;
    }

    public record Event(String fromState, String toState, String actor, String note, Instant at) {
    }

    /** @param run the run's label, {@code #12} for a strict run and {@code H-11} for a hosted one */
    public record AlertView(long id, String project, String kind, long runId, String run, String branch,
            String commit, String subject, String detail, String state, Long summaryId, Instant createdAt,
            Instant updatedAt, List<Event> history) {
    }

    /** The project an alert belongs to, for checking a token's scope before it moves the alert. */
    public record Owner(long projectId, String project) {
    }

    @Transactional(readOnly = true)
    public Owner owner(long alertId) {
        return jdbc.sql("SELECT a.project_id, p.name FROM alert a JOIN project p ON p.id = a.project_id WHERE a.id = ?")
                .param(alertId).query((rs, n) -> new Owner(rs.getLong(1), rs.getString(2))).optional()
                .orElseThrow(() -> ApiException.notFound("alert " + alertId));
    }

    /** @param target a wire name; {@code null} with a note records the note without changing the state */
    @Transactional
    public AlertView transition(long alertId, String target, String note, String actor) {
        String current = jdbc.sql("SELECT state FROM alert WHERE id = ? FOR UPDATE").param(alertId).query(String.class)
                .optional().orElseThrow(() -> ApiException.notFound("alert " + alertId));
        String cleanNote = AlertEvents.cleanNote(note);
        String next = current;
        if (target != null) {
            next = AlertState.require(target).wireName();
            if (next.equals(current)) {
                throw new ApiException(HttpStatus.CONFLICT, "unchanged", "alert " + alertId + " is already " + current);
            }
        }
        else if (cleanNote == null) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "empty_event", "give a new state, a note, or both");
        }
        events.record(alertId, current, next, actor, cleanNote);
        return read(alertId);
    }

    @Transactional(readOnly = true)
    public AlertView read(long alertId) {
        List<Event> history = histories.of(List.of(alertId)).getOrDefault(alertId, List.of());
        return jdbc.sql("""
                SELECT a.id, p.name, a.kind, a.run_id, a.branch, a.commit_sha, a.subject, a.detail, a.state,
                       a.summary_id, a.created_at, a.updated_at
                FROM alert a JOIN project p ON p.id = a.project_id WHERE a.id = ?""").param(alertId)
                .query((rs, n) -> new AlertView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        RunLabels.of(rs.getString(3), rs.getLong(4)), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), (Long) rs.getObject(10),
                        rs.getTimestamp(11).toInstant(), rs.getTimestamp(12).toInstant(), history))
                .optional().orElseThrow(() -> ApiException.notFound("alert " + alertId));
    }
}
