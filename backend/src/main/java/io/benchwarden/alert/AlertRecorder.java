package io.benchwarden.alert;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens alerts inside the transaction that stores the run that raised them, so a run and its alerts exist
 * together or not at all. Each alert starts with an audit entry by the system. Listeners hear of each new alert
 * and of each judged strict run in the same transaction, so what they derive (summaries) lands with the run too.
 */
@Component
public class AlertRecorder {

    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;

    AlertRecorder(JdbcClient jdbc, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    public record NewAlert(long projectId, AlertKind kind, long runId, String branch, String commit, String subject,
            String detail) {
    }

    /** Published for an alert just opened, before its transaction commits. */
    public record Opened(long alertId) {
    }

    /** Published once a strict run has its verdict and the alerts of its failed rows, passing or not. */
    public record StrictRunJudged(long runId) {
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
            jdbc.sql("INSERT INTO alert_event (alert_id, from_state, to_state, actor, note) VALUES (?, NULL, ?, ?, ?)")
                    .params(id, AlertState.UNTRIAGED.wireName(), SYSTEM, alert.detail()).update();
            publisher.publishEvent(new Opened(id));
        }
    }

    /** Call after the run's failed rows were opened as alerts, in the same transaction. */
    public void judged(long strictRunId) {
        publisher.publishEvent(new StrictRunJudged(strictRunId));
    }
}
