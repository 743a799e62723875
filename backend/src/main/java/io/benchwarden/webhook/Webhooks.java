package io.benchwarden.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.benchwarden.contract.Problem;
import io.benchwarden.project.Project;
import io.benchwarden.project.ProjectRepository;
import io.benchwarden.system.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's webhooks and their delivery log. The secret is stored, because every body is signed with it, but
 * no answer or page shows it after creation; a Slack URL, itself a credential, is shown without its path.
 */
@Service
public class Webhooks {

    static final int MIN_SECRET = 16;
    static final int MAX_SECRET = 200;
    static final int MAX_URL = 2000;
    /** Deliveries a project's log shows, newest first. */
    static final int LOG = 50;

    private final JdbcClient jdbc;
    private final ProjectRepository projects;
    private final WebhookTargets targets;

    Webhooks(JdbcClient jdbc, ProjectRepository projects, WebhookTargets targets) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.targets = targets;
    }

    public enum Format {
        JSON, SLACK;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record NewWebhook(String url, String format, String secret) {
    }

    /** @param url shown as {@link #shownUrl}: whole for JSON receivers, without the path for Slack */
    public record WebhookView(long id, String project, String url, String format, String createdBy,
            Instant createdAt) {
    }

    public record DeliveryView(long id, long webhookId, String url, long summaryId, String event, String status,
            int attempts, Integer lastStatus, String lastError, Instant createdAt, Instant nextAttemptAt,
            Instant deliveredAt) {
    }

    /** Every problem of the request at once, each naming its field; nothing is stored unless there is none. */
    @Transactional
    public WebhookView create(String projectName, NewWebhook request, String actor) {
        Project project = projects.require(projectName);
        List<Problem> problems = new ArrayList<>();
        String url = request.url() == null ? null : request.url().strip();
        if (url != null && url.length() > MAX_URL) {
            problems.add(new Problem("webhook", "url", "must be at most " + MAX_URL + " characters"));
        }
        else {
            try {
                targets.require(url);
            }
            catch (ApiException ex) {
                problems.addAll(ex.toBody().errors());
            }
        }
        String format = request.format() == null ? "" : request.format();
        if (Arrays.stream(Format.values()).noneMatch(f -> f.wireName().equals(format))) {
            problems.add(new Problem("webhook", "format", "must be json or slack, got "
                    + (request.format() == null ? "none" : "\"" + request.format() + "\"")));
        }
        String secret = request.secret();
        if (secret == null || secret.length() < MIN_SECRET || secret.length() > MAX_SECRET) {
            problems.add(new Problem("webhook", "secret", "must be " + MIN_SECRET + " to " + MAX_SECRET
                    + " characters, got " + (secret == null ? "none" : secret.length())));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_webhook",
                    problems.size() + " problem(s) found; nothing was stored", problems);
        }
        long id = jdbc.sql("""
                INSERT INTO webhook (project_id, url, format, secret, created_by) VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(project.getId(), url, format, secret, actor).query(Long.class).single();
        return find(project, id);
    }

    @Transactional(readOnly = true)
    public List<WebhookView> list(String projectName) {
        Project project = projects.require(projectName);
        return jdbc.sql("SELECT id, url, format, created_by, created_at FROM webhook WHERE project_id = ? ORDER BY id")
                .param(project.getId()).query((rs, n) -> new WebhookView(rs.getLong(1), project.getName(),
                        shownUrl(rs.getString(2), rs.getString(3)), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** Deletes the webhook and its delivery log; deliveries still pending are not sent. */
    @Transactional
    public void delete(String projectName, long id) {
        Project project = projects.require(projectName);
        int deleted = jdbc.sql("DELETE FROM webhook WHERE id = ? AND project_id = ?").params(id, project.getId())
                .update();
        if (deleted == 0) {
            throw ApiException.notFound("webhook " + id + " of project " + project.getName());
        }
    }

    /** The newest deliveries of the project's webhooks: what was sent, how often it was tried, how it ended. */
    @Transactional(readOnly = true)
    public List<DeliveryView> deliveries(String projectName) {
        Project project = projects.require(projectName);
        return jdbc.sql("""
                SELECT d.id, d.webhook_id, w.url, w.format, d.summary_id, d.event, d.status, d.attempts,
                       d.last_status, d.last_error, d.created_at, d.next_attempt_at, d.delivered_at
                FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id
                WHERE w.project_id = ? ORDER BY d.id DESC LIMIT ?""").params(project.getId(), LOG)
                .query((rs, n) -> new DeliveryView(rs.getLong(1), rs.getLong(2),
                        shownUrl(rs.getString(3), rs.getString(4)), rs.getLong(5), rs.getString(6), rs.getString(7),
                        rs.getInt(8), (Integer) rs.getObject(9), rs.getString(10), rs.getTimestamp(11).toInstant(),
                        "pending".equals(rs.getString(7)) ? rs.getTimestamp(12).toInstant() : null,
                        rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toInstant()))
                .list();
    }

    private WebhookView find(Project project, long id) {
        return list(project.getName()).stream().filter(w -> w.id() == id).findFirst().orElseThrow();
    }

    /** A Slack incoming-webhook URL holds its credential in the path, so only scheme and host are shown. */
    static String shownUrl(String url, String format) {
        if (!Format.SLACK.wireName().equals(format)) {
            return url;
        }
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority() + "/…";
    }
}
