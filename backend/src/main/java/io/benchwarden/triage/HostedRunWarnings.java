package io.benchwarden.triage;

import java.time.Instant;
import java.util.List;

import io.benchwarden.system.RunLabels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hosted runs that compared nothing, for the triage page: a run whose focus patterns or noise floor left no series
 * to compare raises no alert, so without this it would never appear where people triage, and a broken filter would
 * look like a quiet week. Reads the warnings the hosted upload stored with the run.
 */
@Component
class HostedRunWarnings {

    /** How far back the page looks: the newest hosted runs of the branch. */
    static final int NEWEST_RUNS = 20;

    record Warned(long runId, String label, String commit, Instant startedAt, List<String> warnings) {
    }

    private final JdbcClient jdbc;

    HostedRunWarnings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Among the branch's newest {@link #NEWEST_RUNS} hosted runs, those with warnings, newest first. */
    List<Warned> recent(String project, String branch) {
        return jdbc.sql("""
                SELECT h.id, h.commit_sha, h.started_at, h.warnings FROM (
                  SELECT h.id, h.commit_sha, h.started_at, h.warnings FROM hosted_run h
                  JOIN project p ON p.id = h.project_id
                  WHERE p.name = ? AND h.branch = ? ORDER BY h.started_at DESC, h.id DESC LIMIT ?) h
                WHERE cardinality(h.warnings) > 0 ORDER BY h.started_at DESC, h.id DESC""")
                .params(project, branch, NEWEST_RUNS)
                .query((rs, n) -> new Warned(rs.getLong(1), RunLabels.hosted(rs.getLong(1)), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), List.of((String[]) rs.getArray(4).getArray())))
                .list();
    }
}
