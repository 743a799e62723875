package io.benchwarden.overview;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One row per project for the overview and the navigation: the newest strict run on its default branch, the run
 * counts, and how many alert summaries nobody has triaged yet. The newest run comes from the history index; the
 * counts read the project's runs once.
 */
@Component
public class OverviewQueries {

    public record ProjectSummary(String name, boolean demo, String defaultBranch, Long latestRunId,
            String latestStatus, Instant latestStartedAt, String latestCommit, long runs, long failed,
            long untriagedSummaries) {
    }

    public record ProjectLink(String name, boolean demo) {
    }

    private final JdbcClient jdbc;

    OverviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProjectSummary> projects() {
        return jdbc.sql("""
                SELECT p.name, p.demo, p.default_branch, l.id, l.status, l.started_at, l.commit_sha,
                       c.runs, c.failed,
                       (SELECT count(*) FROM alert_summary s WHERE s.project_id = p.id AND s.state = 'untriaged'
                          AND s.merged_into_id IS NULL) AS untriaged
                FROM project p
                LEFT JOIN LATERAL (
                  SELECT r.id, r.status, r.started_at, r.commit_sha FROM strict_run r
                  WHERE r.project_id = p.id AND r.branch = p.default_branch
                  ORDER BY r.started_at DESC, r.id DESC LIMIT 1) l ON true
                LEFT JOIN LATERAL (
                  SELECT count(*) AS runs, count(*) FILTER (WHERE r.status = 'fail') AS failed
                  FROM strict_run r WHERE r.project_id = p.id) c ON true
                ORDER BY p.demo, p.name""")
                .query((rs, i) -> new ProjectSummary(rs.getString("name"), rs.getBoolean("demo"),
                        rs.getString("default_branch"), (Long) rs.getObject("id"), rs.getString("status"),
                        rs.getTimestamp("started_at") == null ? null : rs.getTimestamp("started_at").toInstant(),
                        rs.getString("commit_sha"), rs.getLong("runs"), rs.getLong("failed"),
                        rs.getLong("untriaged")))
                .list();
    }

    /** For the navigation on every page: cheap, names only. */
    public List<ProjectLink> links() {
        return jdbc.sql("SELECT name, demo FROM project ORDER BY demo, name")
                .query((rs, i) -> new ProjectLink(rs.getString("name"), rs.getBoolean("demo"))).list();
    }
}
