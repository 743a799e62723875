package io.benchwarden.webhook;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.benchwarden.alert.AlertSummaries;
import io.benchwarden.triage.SummaryViews;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns summary events into deliveries, in the transaction that caused them: when it is about to commit, each of
 * the project's webhooks gets a delivery row with the finished summary as its body (so a rolled-back upload sends
 * nothing), and once it has committed the dispatcher is woken. Nothing is sent inside the transaction, so an
 * upload never waits for a receiver.
 */
@Component
class WebhookOutbox {

    private final JdbcClient jdbc;
    private final SummaryViews summaries;
    private final WebhookPayloads payloads;
    private final WebhookDispatcher dispatcher;

    WebhookOutbox(JdbcClient jdbc, SummaryViews summaries, WebhookPayloads payloads, WebhookDispatcher dispatcher) {
        this.jdbc = jdbc;
        this.summaries = summaries;
        this.payloads = payloads;
        this.dispatcher = dispatcher;
    }

    private record Target(long id, Webhooks.Format format) {
    }

    @EventListener
    void changed(AlertSummaries.SummaryChanged change) {
        WebhookEvent event = WebhookEvent.of(change).orElse(null);
        if (event == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Map<Long, Target> targets = new LinkedHashMap<>();
        jdbc.sql("SELECT id, format FROM webhook WHERE project_id = ? ORDER BY id").param(change.projectId())
                .query((rs, n) -> new Target(rs.getLong(1),
                        Webhooks.Format.valueOf(rs.getString(2).toUpperCase(Locale.ROOT))))
                .list().forEach(t -> targets.put(t.id(), t));
        if (targets.isEmpty()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                write(change.summaryId(), event, targets);
            }

            @Override
            public void afterCommit() {
                dispatcher.wake();
            }
        });
    }

    /** A summary merged away in the same transaction has nothing left to tell. */
    private void write(long summaryId, WebhookEvent event, Map<Long, Target> targets) {
        SummaryViews.SummaryView summary = summaries.one(summaryId);
        if (summary.mergedInto() != null) {
            return;
        }
        for (Target target : targets.values()) {
            jdbc.sql("INSERT INTO webhook_delivery (webhook_id, summary_id, event, body) VALUES (?, ?, ?, ?)")
                    .params(target.id(), summaryId, event.wireName(), payloads.body(target.format(), event, summary))
                    .update();
        }
    }
}
