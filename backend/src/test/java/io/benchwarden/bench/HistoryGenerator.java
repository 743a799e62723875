package io.benchwarden.bench;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills one project with a long history directly in PostgreSQL: one set-based INSERT ... SELECT per table, so
 * 100 000 runs take seconds, not the hours the HTTP API would. Shapes and value ranges follow real runs: a run
 * every ten minutes, nine in ten on main, one in seventeen failing, four profiles, the open compare and four
 * workload rows, seven gate rows, the ten artifacts (small) and the host environment.
 */
final class HistoryGenerator {

    /** What a trend chart of 1 000 points needs: the open with-agent p95 of the newest 1 000 runs on main. */
    static final String TREND = """
            SELECT r.started_at, m.p95_us FROM strict_run r
            JOIN profile_measurement m ON m.run_id = r.id AND m.kind = 'open' AND m.with_agent
            WHERE r.project_id = ? AND r.branch = 'main' ORDER BY r.started_at DESC, r.id DESC LIMIT 1000""";

    private HistoryGenerator() {
    }

    static long fill(JdbcClient jdbc, String name, int strictRuns, int hostedRuns) {
        jdbc.sql("INSERT INTO project (name) VALUES (?)").param(name).update();
        long project = jdbc.sql("SELECT id FROM project WHERE name = ?").param(name).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO strict_run (project_id, branch, commit_sha, runner, ci_run_id, started_at, idempotency_key,
                                        fingerprint, status)
                SELECT :p, CASE WHEN g % 10 = 0 THEN 'feature-' || (g % 97) ELSE 'main' END, md5(g::text),
                       'perf-host-' || (g % 4), 'hist-' || g, now() - (:n - g) * interval '10 minutes', 'ci:hist-' || g,
                       md5(g::text) || md5((-g)::text), CASE WHEN g % 17 = 0 THEN 'fail' ELSE 'pass' END
                FROM generate_series(1, :n) g""").param("p", project).param("n", strictRuns).update();
        String runs = " FROM strict_run r WHERE r.project_id = " + project;
        jdbc.sql("""
                INSERT INTO profile_measurement (run_id, kind, with_agent, iterations, seconds, us_per_op, p50_us,
                                                 p95_us, p99_us, file, host, port)
                SELECT r.id, k.kind, w.agent, 200000, 1.12, 5.6 + random(), 5.2, 6.3 + random(), 8.1 + random(),
                       CASE WHEN k.kind = 'open' THEN '/etc/hosts' END, CASE WHEN k.kind = 'connect' THEN '127.0.0.1' END,
                       CASE WHEN k.kind = 'connect' THEN 9 END
                FROM strict_run r CROSS JOIN (VALUES ('open'), ('connect')) k(kind)
                     CROSS JOIN (VALUES (false), (true)) w(agent)
                WHERE r.project_id = ?""").param(project).update();
        jdbc.sql("""
                INSERT INTO comparison_row (run_id, source, position, name, baseline_us_per_op, with_agent_us_per_op,
                                            delta_us_per_op, delta_pct, max_allowed_pct, pass)
                SELECT r.id, c.source, c.position, c.name, 5.61, 5.72, 0.11, 1.96, c.budget, true
                FROM strict_run r CROSS JOIN (VALUES ('open_compare', 0, 'open_close_compare', 10.0),
                     ('workload', 0, 'open_close', 15.0), ('workload', 1, 'connect_loopback', 15.0),
                     ('workload', 2, 'full_read', 15.0), ('workload', 3, 'stat_walk', 15.0)) c(source, position, name, budget)
                WHERE r.project_id = ?""").param(project).update();
        jdbc.sql("""
                INSERT INTO gate_row (run_id, position, scenario, metric, value, budget, comparator, unit, pass, evidence)
                SELECT r.id, g, 'scenario_' || g, CASE WHEN g < 2 THEN 'p95_ratio' ELSE 'delta_pct' END, 1.01, 1.05,
                       '<=', CASE WHEN g < 2 THEN 'ratio' ELSE 'pct' END, r.status = 'pass' OR g > 0, 'generated'
                FROM strict_run r CROSS JOIN generate_series(0, 6) g WHERE r.project_id = ?""").param(project).update();
        jdbc.sql("INSERT INTO host_environment (run_id, kernel_release, os_name, cpu_model, filesystem)"
                + " SELECT r.id, '6.8.0-generic', 'Ubuntu 24.04 LTS', 'AMD EPYC 7B13', 'ext4'" + runs).update();
        jdbc.sql("""
                INSERT INTO run_artifact (run_id, name, sha256, content)
                SELECT r.id, a.name, md5(a.name) || md5(r.id::text), convert_to('{"generated":true}', 'UTF8')
                FROM strict_run r CROSS JOIN (VALUES ('open_compare.json'), ('open_baseline.json'),
                     ('open_with_agent.json'), ('connect_baseline.json'), ('connect_with_agent.json'),
                     ('workload_suite.json'), ('kernel-info.txt'), ('os-release.txt'), ('cpu-info.txt'),
                     ('fs-type.txt')) a(name)
                WHERE r.project_id = ?""").param(project).update();
        jdbc.sql("""
                INSERT INTO hosted_run (project_id, branch, commit_sha, ci_run_id, started_at, idempotency_key,
                                        fingerprint, threshold, content)
                SELECT :p, 'main', md5(g::text), 'hosted-' || g, now() - (:n - g) * interval '8 hours',
                       'ci:hosted-' || g, md5(g::text) || md5((-g)::text), 0.2, convert_to('{}', 'UTF8')
                FROM generate_series(1, :n) g""").param("p", project).param("n", hostedRuns).update();
        jdbc.sql("""
                INSERT INTO hosted_series_value (run_id, series, real_time_ns, cpu_time_ns, baseline_ns, ratio, outcome)
                SELECT h.id, 'BM_Generated_' || s || '_mean', 1000 + s, 990 + s, 1000 + s, 1.0, 'ok'
                FROM hosted_run h CROSS JOIN generate_series(1, 50) s WHERE h.project_id = ?""").param(project).update();
        // VACUUM too: a history this size has been vacuumed by autovacuum long before anyone reads it, and without it
        // the index-only scans would visit the heap (and autovacuum would start in the middle of the measurements).
        jdbc.sql("VACUUM ANALYZE").update();
        return project;
    }

    /** The hot queries of the timed requests, as the service issues them, for EXPLAIN (ANALYZE, BUFFERS). */
    static List<String[]> explained(long project, long middleRun) {
        return List.of(
                new String[] { "run list, deep page", """
                        SELECT r.id, p.name, r.branch, r.started_at, r.status FROM strict_run r
                        JOIN project p ON p.id = r.project_id
                        WHERE r.project_id = (SELECT q.id FROM project q WHERE q.name = 'history') AND (r.started_at, r.id) < (SELECT b.started_at, b.id FROM strict_run b
                        WHERE b.id = %d) ORDER BY r.started_at DESC, r.id DESC LIMIT 50""".formatted(middleRun) },
                new String[] { "run details: gate rows of one run",
                        "SELECT * FROM gate_row WHERE run_id = %d ORDER BY position".formatted(middleRun) },
                new String[] { "trend, 1000 points", TREND.replace("?", Long.toString(project)) });
    }
}
