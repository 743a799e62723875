package io.benchwarden.alert;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens alerts inside the transaction that stores the run that raised them, so a run and its alerts exist
 * together or not at all. Each alert starts with an audit entry by the system.
 */
@Component
public class AlertRecorder {

    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;

    AlertRecorder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record NewAlert(long projectId, AlertKind kind, long runId, String branch, String commit, String subject,
            String detail) {
    }

    public void open(NewAlert alert) {
        Long id = jdbc.sql("""
                INSERT INTO alert (project_id, kind, run_id, branch, commit_sha, subject, detail)
                VALUES (:project, :kind, :run, :branch, :commit, :subject, :detail)
                ON CONFLICT (kind, run_id, subject) DO NOTHING
                RETURNING id""")
                .param("project", alert.projectId()).param("kind", alert.kind().wireName())
                .param("run", alert.runId()).param("branch", alert.branch()).param("commit", alert.commit())
                .param("subject", alert.subject()).param("detail", alert.detail())
                .query(Long.class).optional().orElse(null);
        if (id != null) {
            jdbc.sql("INSERT INTO alert_event (alert_id, from_state, to_state, actor, note) VALUES (?, NULL, 'open', ?, ?)")
                    .params(id, SYSTEM, alert.detail()).update();
        }
    }
}
