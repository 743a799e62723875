package io.benchwarden.alert;

import java.time.Instant;
import java.util.List;

import io.benchwarden.system.ApiException;
import io.benchwarden.system.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves alerts between states with an audit entry per move (who, when, from, to, note). The row is locked while
 * it moves, so two people triaging at once are recorded one after the other, never lost.
 */
@Service
public class AlertLifecycle {

    private static final int MAX_NOTE = 2000;

    private final JdbcClient jdbc;
    private final AlertHistory histories;

    AlertLifecycle(JdbcClient jdbc, AlertHistory histories) {
        this.jdbc = jdbc;
        this.histories = histories;
    }

    public record Event(String fromState, String toState, String actor, String note, Instant at) {
    }

    public record AlertView(long id, String project, String kind, long runId, String branch, String commit,
            String subject, String detail, String state, Instant createdAt, Instant updatedAt, List<Event> history) {
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
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_note",
                    "note must be at most " + MAX_NOTE + " characters, got " + cleanNote.length());
        }
        PlainText.problemInText(cleanNote == null ? "" : cleanNote).ifPresent(problem -> {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_note", "note " + problem);
        });
        String next = current;
        if (target != null) {
            next = AlertState.fromWireName(target).map(AlertState::wireName).orElseThrow(() -> new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT, "invalid_state", "state must be one of open, acknowledged, "
                            + "dismissed_as_noise, confirmed, fixed; got " + target));
            if (next.equals(current)) {
                throw new ApiException(HttpStatus.CONFLICT, "unchanged", "alert " + alertId + " is already " + current);
            }
        }
        else if (cleanNote == null) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "empty_event", "give a new state, a note, or both");
        }
        jdbc.sql("UPDATE alert SET state = ?, updated_at = now() WHERE id = ?").params(next, alertId).update();
        jdbc.sql("INSERT INTO alert_event (alert_id, from_state, to_state, actor, note) VALUES (?, ?, ?, ?, ?)")
                .params(alertId, current, next, actor, cleanNote).update();
        return read(alertId);
    }

    @Transactional(readOnly = true)
    public AlertView read(long alertId) {
        List<Event> history = histories.of(List.of(alertId)).getOrDefault(alertId, List.of());
        return jdbc.sql("""
                SELECT a.id, p.name, a.kind, a.run_id, a.branch, a.commit_sha, a.subject, a.detail, a.state,
                       a.created_at, a.updated_at
                FROM alert a JOIN project p ON p.id = a.project_id WHERE a.id = ?""").param(alertId)
                .query((rs, n) -> new AlertView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getTimestamp(10).toInstant(), rs.getTimestamp(11).toInstant(), history))
                .optional().orElseThrow(() -> ApiException.notFound("alert " + alertId));
    }
}
