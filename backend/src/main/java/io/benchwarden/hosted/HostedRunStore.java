package io.benchwarden.hosted;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for hosted runs: the rows a hosted run is stored as, and the candidates a baseline is chosen from. */
@Component
public class HostedRunStore {

    private final JdbcClient jdbc;

    HostedRunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record StoredKey(long id, String fingerprint) {
    }

    public Optional<StoredKey> findByKey(long projectId, String key) {
        return jdbc.sql("SELECT id, fingerprint FROM hosted_run WHERE project_id = ? AND idempotency_key = ?")
                .params(projectId, key)
                .query((rs, n) -> new StoredKey(rs.getLong("id"), rs.getString("fingerprint"))).optional();
    }

    /**
     * The newest {@code window} runs on the default branch that started before the current one and measured
     * another commit, with their series: exactly the candidates {@link BaselineSelector} chooses among.
     */
    public List<HostedRunValues> baselineCandidates(long projectId, String defaultBranch, String commit,
            Instant startedAt, int window) {
        record Candidate(long id, String branch, String commit, Instant startedAt) {
        }
        List<Candidate> candidates = jdbc.sql("""
                SELECT id, branch, commit_sha, started_at FROM hosted_run
                WHERE project_id = ? AND branch = ? AND commit_sha <> ? AND started_at < ?
                ORDER BY started_at DESC, id DESC LIMIT ?""")
                .params(projectId, defaultBranch, commit, java.sql.Timestamp.from(startedAt), window)
                .query((rs, n) -> new Candidate(rs.getLong("id"), rs.getString("branch"), rs.getString("commit_sha"),
                        rs.getTimestamp("started_at").toInstant()))
                .list();
        List<HostedRunValues> runs = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Map<String, Double> values = new HashMap<>();
            jdbc.sql("SELECT series, real_time_ns FROM hosted_series_value WHERE run_id = ?").param(candidate.id())
                    .query(rs -> {
                        values.put(rs.getString("series"), rs.getDouble("real_time_ns"));
                    });
            runs.add(new HostedRunValues(candidate.id(), candidate.branch(), candidate.commit(), candidate.startedAt(),
                    values));
        }
        return runs;
    }

    public record NewRun(long projectId, String branch, String commit, String ciRunId, Instant startedAt, String key,
            String fingerprint, List<Long> baselineRunIds, double threshold, byte[] content, List<String> warnings) {
    }

    public long insertRun(NewRun run) {
        return jdbc.sql("""
                INSERT INTO hosted_run (project_id, branch, commit_sha, ci_run_id, started_at, idempotency_key,
                                        fingerprint, baseline_run_ids, threshold, content, warnings)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::bigint[], ?, ?, ?::text[]) RETURNING id""")
                .params(run.projectId(), run.branch(), run.commit(), run.ciRunId(),
                        java.sql.Timestamp.from(run.startedAt()), run.key(), run.fingerprint(),
                        run.baselineRunIds().toArray(Long[]::new), run.threshold(), run.content(),
                        run.warnings().toArray(String[]::new))
                .query(Long.class).single();
    }

    public void insertSeries(long runId, SeriesVerdict verdict, double cpuTimeNs) {
        jdbc.sql("""
                INSERT INTO hosted_series_value (run_id, series, real_time_ns, cpu_time_ns, baseline_ns, ratio, outcome)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(runId, verdict.series(), verdict.currentNs(), cpuTimeNs, verdict.baselineNs(), verdict.ratio(),
                        verdict.outcome().wireName())
                .update();
    }

    public void insertExclusion(long runId, ExcludedRow row) {
        jdbc.sql("INSERT INTO hosted_exclusion (run_id, name, reason, real_time_ns) VALUES (?, ?, ?, ?)")
                .params(runId, row.name(), row.reason().wireName(), row.realTimeNs()).update();
    }
}
