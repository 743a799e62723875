package io.benchwarden.trend;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.benchwarden.system.database.IdArray;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The measured values behind the trend charts. The window is thinned in the database to at most {@code maxPoints}
 * evenly spaced runs (every k-th run by start time), so a chart over ten thousand runs reads a few thousand rows
 * of measurements, never the whole history.
 */
@Component
class TrendQueries {

    /** @param runner only strict runs from this perf host, or null for every host (hosted runs have none) */
    record Window(long projectId, String branch, String runner, Instant from, Instant to, Integer last,
            int maxPoints) {
    }

    /** A perf host in a window and how many strict runs it made there. */
    record Runner(String name, long runs) {
    }

    /** Which history a window reads; strict runs carry a verdict, hosted runs the threshold they were judged by. */
    enum Source {
        STRICT("strict_run", "status", "NULL::double precision"),
        HOSTED("hosted_run", "NULL::varchar", "threshold");

        private final String table;
        private final String status;
        private final String threshold;

        Source(String table, String status, String threshold) {
            this.table = table;
            this.status = status;
            this.threshold = threshold;
        }
    }

    record RunRow(long id, Instant startedAt, String commit, String status, Double threshold, long total) {
    }

    record HostedRow(long runId, String series, double realTimeNs, Double baselineNs) {
    }

    record ProfileRow(long runId, String kind, boolean withAgent, double p50, double p95, double p99,
            double usPerOp) {
    }

    /** One row of a run's stored verdict: its value and the budget it was judged against. */
    record GateRow(long runId, String scenario, String metric, double value, double budget) {
    }

    private final JdbcClient jdbc;

    TrendQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RunRow> runs(Source source, Window window) {
        StringBuilder inner = new StringBuilder("SELECT id, started_at, commit_sha, " + source.status + " AS status, "
                + source.threshold + " AS threshold FROM " + source.table + " WHERE project_id = :project");
        Map<String, Object> params = new HashMap<>();
        where(inner, params, window);
        if (source == Source.STRICT && window.runner() != null) {
            inner.append(" AND runner = :runner");
            params.put("runner", window.runner());
        }
        inner.append(" ORDER BY started_at DESC, id DESC");
        if (window.last() != null) {
            inner.append(" LIMIT :last");
            params.put("last", window.last());
        }
        params.put("max", window.maxPoints());
        String sql = """
                SELECT id, started_at, commit_sha, status, threshold, n FROM (
                  SELECT w.*, row_number() OVER (ORDER BY started_at, id) AS rn, count(*) OVER () AS n
                  FROM (%s) w) numbered
                WHERE (rn - 1) %% CEIL(n::numeric / :max)::bigint = 0
                ORDER BY started_at, id""".formatted(inner);
        // Columns by position here and below: by name, the driver's lookup of each column of each of the thousands of
        // rows was a fifth of reading them in a profile of the 1 000-point trend answer.
        return jdbc.sql(sql).params(params)
                .query((rs, i) -> new RunRow(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), (Double) rs.getObject(5), rs.getLong(6)))
                .list();
    }

    /**
     * The perf hosts of the window's strict runs, most runs first (a run without a runner counts as one host,
     * named null), whatever runner the window keeps.
     */
    List<Runner> runners(Window window) {
        StringBuilder sql = new StringBuilder("SELECT runner, count(*) FROM strict_run WHERE project_id = :project");
        Map<String, Object> params = new HashMap<>();
        where(sql, params, window);
        sql.append(" GROUP BY runner ORDER BY count(*) DESC, runner");
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, i) -> new Runner(rs.getString(1), rs.getLong(2))).list();
    }

    /** Project, branch and time window; the newest-N limit applies to the runs, not here. */
    private static void where(StringBuilder sql, Map<String, Object> params, Window window) {
        params.put("project", window.projectId());
        if (window.branch() != null) {
            sql.append(" AND branch = :branch");
            params.put("branch", window.branch());
        }
        if (window.from() != null) {
            sql.append(" AND started_at >= :from");
            params.put("from", Timestamp.from(window.from()));
        }
        if (window.to() != null) {
            sql.append(" AND started_at < :to");
            params.put("to", Timestamp.from(window.to()));
        }
    }

    List<ProfileRow> profiles(List<Long> runIds) {
        if (runIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT run_id, kind, with_agent, p50_us, p95_us, p99_us, us_per_op
                FROM profile_measurement WHERE run_id = ANY(:ids)""").param("ids", IdArray.of(runIds))
                .query((rs, i) -> new ProfileRow(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getDouble(4),
                        rs.getDouble(5), rs.getDouble(6), rs.getDouble(7)))
                .list();
    }

    List<HostedRow> hostedSeries(List<Long> runIds) {
        if (runIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT run_id, series, real_time_ns, baseline_ns FROM hosted_series_value
                WHERE run_id = ANY(:ids) ORDER BY series""").param("ids", IdArray.of(runIds))
                .query((rs, i) -> new HostedRow(rs.getLong(1), rs.getString(2), rs.getDouble(3),
                        (Double) rs.getObject(4)))
                .list();
    }

    /** The stored verdict rows of the runs for these metrics, in each run's table order. */
    List<GateRow> gateRows(List<Long> runIds, List<String> metrics) {
        if (runIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT run_id, scenario, metric, value, budget FROM gate_row
                WHERE run_id = ANY(:ids) AND metric = ANY(:metrics) ORDER BY position""")
                .param("ids", IdArray.of(runIds)).param("metrics", metrics.toArray(String[]::new))
                .query((rs, i) -> new GateRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                        rs.getDouble(5)))
                .list();
    }
}
