package io.benchwarden.alert;

import io.benchwarden.system.ApiException;
import io.benchwarden.system.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one writer of an alert's audit trail: every change of an alert's state, and every note, is an entry with
 * actor, time and note, whether a person moved the alert alone, with its summary, or the system did.
 */
@Component
class AlertEvents {

    static final int MAX_NOTE = 2000;

    private final JdbcClient jdbc;

    AlertEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A note stripped, {@code null} when blank; refused with 422 when longer than {@value #MAX_NOTE} characters or
     * holding a control character other than tabs and line breaks.
     */
    static String cleanNote(String note) {
        String clean = note == null || note.isBlank() ? null : note.strip();
        if (clean != null && clean.length() > MAX_NOTE) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_note",
                    "note must be at most " + MAX_NOTE + " characters, got " + clean.length());
        }
        PlainText.problemInText(clean == null ? "" : clean).ifPresent(problem -> {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_note", "note " + problem);
        });
        return clean;
    }

    void record(long alertId, String from, String to, String actor, String note) {
        jdbc.sql("UPDATE alert SET state = ?, updated_at = now() WHERE id = ?").params(to, alertId).update();
        jdbc.sql("INSERT INTO alert_event (alert_id, from_state, to_state, actor, note) VALUES (?, ?, ?, ?, ?)")
                .params(alertId, from, to, actor, note).update();
    }
}
