package io.benchwarden.run;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.benchwarden.system.ApiException;
import io.benchwarden.system.Links;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * History reads, newest first, with keyset pagination on (started_at, id): a page costs the same on the first
 * day and with a hundred thousand runs, because it never counts or skips rows.
 */
@Component
public class RunQueries {

    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;

    private final JdbcClient jdbc;

    RunQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param from inclusive lower bound on started_at, or null
     * @param to exclusive upper bound on started_at, or null
     */
    public record Filter(String project, String branch, String runner, String status, Instant from, Instant to,
            Long before, int limit) {
    }

    /** The page size the API and the runs page accept: 1 to {@link #MAX_LIMIT}, refused with a 400 otherwise. */
    public static int checkedLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad_request",
                    "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        return limit;
    }

    /** The run that started just before this one on the same project and branch, if any. */
    public Optional<Long> previousOnBranch(long id) {
        // Two indexable branches instead of "branch IS NOT DISTINCT FROM", which no index serves: with it, finding
        // the previous run walked every run of the project (tens of milliseconds at 100 000 runs).
        return jdbc.sql("""
                SELECT prev.id FROM strict_run r CROSS JOIN LATERAL (
                  (SELECT p.id, p.started_at FROM strict_run p
                   WHERE r.branch IS NOT NULL AND p.project_id = r.project_id AND p.branch = r.branch
                     AND (p.started_at, p.id) < (r.started_at, r.id)
                   ORDER BY p.started_at DESC, p.id DESC LIMIT 1)
                  UNION ALL
                  (SELECT p.id, p.started_at FROM strict_run p
                   WHERE r.branch IS NULL AND p.project_id = r.project_id AND p.branch IS NULL
                     AND (p.started_at, p.id) < (r.started_at, r.id)
                   ORDER BY p.started_at DESC, p.id DESC LIMIT 1)) prev
                WHERE r.id = :id""").param("id", id).query(Long.class).optional();
    }

    public List<RunViews.RunSummary> page(Filter filter, Links links) {
        StringBuilder sql = new StringBuilder("""
                SELECT r.id, p.name AS project, r.branch, r.commit_sha, r.runner, r.ci_run_id, r.started_at,
                       r.ingested_at, r.status
                FROM strict_run r JOIN project p ON p.id = r.project_id
                WHERE true""");
        Map<String, Object> params = new HashMap<>();
        // By id, not by the joined name: only then can the planner walk the (project_id, started_at, id) index and
        // stop after one page, however deep the page is.
        condition(sql, params, filter.project(), " AND r.project_id = (SELECT q.id FROM project q WHERE q.name = :project)",
                "project");
        condition(sql, params, filter.branch(), " AND r.branch = :branch", "branch");
        condition(sql, params, filter.runner(), " AND r.runner = :runner", "runner");
        condition(sql, params, filter.status(), " AND r.status = :status", "status");
        if (filter.from() != null) {
            sql.append(" AND r.started_at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND r.started_at < :to");
            params.put("to", Timestamp.from(filter.to()));
        }
        if (filter.before() != null) {
            sql.append(" AND (r.started_at, r.id) < (SELECT b.started_at, b.id FROM strict_run b WHERE b.id = :before)");
            params.put("before", filter.before());
        }
        sql.append(" ORDER BY r.started_at DESC, r.id DESC LIMIT :limit");
        params.put("limit", filter.limit());
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new RunViews.RunSummary(rs.getLong("id"), rs.getString("project"),
                        rs.getString("branch"), rs.getString("commit_sha"), rs.getString("runner"),
                        rs.getString("ci_run_id"), toInstant(rs.getTimestamp("started_at")),
                        toInstant(rs.getTimestamp("ingested_at")), rs.getString("status"), links.to(RunPaths.ui(rs.getLong("id")))))
                .list();
    }

    private static void condition(StringBuilder sql, Map<String, Object> params, String value, String clause,
            String name) {
        if (value != null && !value.isBlank()) {
            sql.append(clause);
            params.put(name, value);
        }
    }

    private static Instant toInstant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

}
