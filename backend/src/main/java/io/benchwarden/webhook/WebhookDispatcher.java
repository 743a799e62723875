package io.benchwarden.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends the deliveries that are due, on a thread of its own, never inside a request's transaction. A delivery is
 * claimed with a lease (its next attempt moved past the time an attempt can take), so two instances of the service
 * never send it twice at once, and one that dies mid-attempt leaves it to be retried. Each attempt re-checks the
 * target's addresses, sends the stored body with its signature, and records the answer: a 2xx delivers it;
 * anything else is retried after the configured delays (30 s, then 5 min by default), then marked failed.
 * Redirects are not followed: a receiver could point one at an address the check refused. Every attempt is counted
 * in {@code benchwarden_webhook_deliveries_total{outcome="delivered|retrying|failed"}}.
 */
@Component
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 10;
    private static final int MAX_ERROR = 500;

    private final JdbcClient jdbc;
    private final WebhookTargets targets;
    private final WebhookSettings settings;
    private final HttpClient http;
    private final MeterRegistry meters;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "webhook-delivery");
        thread.setDaemon(true);
        return thread;
    });

    WebhookDispatcher(JdbcClient jdbc, WebhookTargets targets, WebhookSettings settings, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.settings = settings;
        this.meters = meters;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private record Due(long id, String url, String secret, String event, byte[] body, int attempts) {
    }

    /** Deliveries left pending by a previous run of the service are picked up from the start. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        long poll = settings.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::deliverDue, 0, poll, TimeUnit.MILLISECONDS);
    }

    /** Called after a commit that wrote deliveries. */
    void wake() {
        executor.execute(this::deliverDue);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private void deliverDue() {
        try {
            List<Due> due;
            do {
                due = claim();
                due.forEach(this::attempt);
            } while (due.size() == BATCH);
        }
        catch (RuntimeException ex) {
            // The next wake-up or poll tries again; the claimed deliveries come back when their lease ends.
            log.warn("Webhook deliveries could not be processed: {}", ex.toString());
        }
    }

    private List<Due> claim() {
        Duration lease = settings.connectTimeout().plus(settings.requestTimeout()).multipliedBy(2);
        return jdbc.sql("""
                UPDATE webhook_delivery d SET next_attempt_at = now() + make_interval(secs => :lease)
                FROM webhook w
                WHERE w.id = d.webhook_id AND d.id IN (
                  SELECT id FROM webhook_delivery WHERE status = 'pending' AND next_attempt_at <= now()
                  ORDER BY next_attempt_at, id LIMIT :batch FOR UPDATE SKIP LOCKED)
                RETURNING d.id, w.url, w.secret, d.event, d.body, d.attempts""")
                .param("lease", lease.toSeconds()).param("batch", BATCH)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBytes(5), rs.getInt(6)))
                .list();
    }

    private void attempt(Due delivery) {
        Optional<String> refused = targets.problemAtDelivery(delivery.url());
        if (refused.isPresent()) {
            failed(delivery, null, "not sent: " + refused.get());
            return;
        }
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(settings.requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Benchwarden-Webhook")
                    .header("X-Benchwarden-Event", delivery.event())
                    .header("X-Benchwarden-Delivery", String.valueOf(delivery.id()))
                    .header(WebhookPayloads.SIGNATURE_HEADER, WebhookPayloads.signature(delivery.body(), delivery.secret()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body())).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                jdbc.sql("""
                        UPDATE webhook_delivery SET status = 'delivered', attempts = attempts + 1, last_status = ?,
                               last_error = NULL, delivered_at = now() WHERE id = ?""")
                        .params(response.statusCode(), delivery.id()).update();
                counted("delivered");
            }
            else {
                failed(delivery, response.statusCode(), "the receiver answered HTTP " + response.statusCode());
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        catch (Exception ex) {
            failed(delivery, null, ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
        }
    }

    /** Schedules the next attempt after its delay, or gives up after the last one. */
    private void failed(Due delivery, Integer status, String error) {
        int attempts = delivery.attempts() + 1;
        String message = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        if (attempts >= settings.maxAttempts()) {
            jdbc.sql("""
                    UPDATE webhook_delivery SET status = 'failed', attempts = ?, last_status = ?, last_error = ?
                    WHERE id = ?""").params(attempts, status, message, delivery.id()).update();
            // Not the URL: a Slack URL is a credential.
            log.warn("Webhook delivery {} failed after {} attempts: {}", delivery.id(), attempts, message);
            counted("failed");
            return;
        }
        Duration delay = settings.retryDelays().get(attempts - 1);
        jdbc.sql("""
                UPDATE webhook_delivery SET attempts = ?, last_status = ?, last_error = ?,
                       next_attempt_at = now() + make_interval(secs => ?) WHERE id = ?""")
                .params(attempts, status, message, delay.toMillis() / 1000.0, delivery.id()).update();
        counted("retrying");
        executor.schedule(this::deliverDue, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void counted(String outcome) {
        meters.counter("benchwarden.webhook.deliveries", "outcome", outcome).increment();
    }
}
