package io.benchwarden.hosted;

import java.util.List;

import io.benchwarden.system.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a stored hosted run back as the API shows it: after an upload, on a repeat, and on GET. */
@Component
public class HostedRunReader {

    private final JdbcClient jdbc;

    HostedRunReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param url where the run's page is, as the caller links to it */
    public HostedViews.HostedRun read(long id, String url) {
        record Head(String project, String branch, String commit, String ciRunId, java.time.Instant startedAt,
                double threshold, List<Long> baselineIds, List<String> warnings) {
        }
        Head head = jdbc.sql("""
                SELECT p.name, h.branch, h.commit_sha, h.ci_run_id, h.started_at, h.threshold, h.baseline_run_ids,
                       h.warnings
                FROM hosted_run h JOIN project p ON p.id = h.project_id WHERE h.id = ?""").param(id)
                .query((rs, n) -> new Head(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getDouble(6), List.of((Long[]) rs.getArray(7).getArray()),
                        List.of((String[]) rs.getArray(8).getArray())))
                .optional().orElseThrow(() -> ApiException.notFound("hosted run " + id));
        List<HostedViews.Compared> compared = jdbc.sql("""
                SELECT series, real_time_ns, baseline_ns, ratio, outcome FROM hosted_series_value
                WHERE run_id = ? ORDER BY series""").param(id)
                .query((rs, n) -> new HostedViews.Compared(rs.getString(1), rs.getDouble(2),
                        (Double) rs.getObject(3), (Double) rs.getObject(4), rs.getString(5)))
                .list();
        List<HostedViews.Excluded> excluded = jdbc.sql(
                "SELECT name, reason, real_time_ns FROM hosted_exclusion WHERE run_id = ? ORDER BY id").param(id)
                .query((rs, n) -> new HostedViews.Excluded(rs.getString(1), rs.getString(2), rs.getDouble(3)))
                .list();
        return new HostedViews.HostedRun(id, url, head.project(), head.branch(), head.commit(), head.ciRunId(),
                head.startedAt(), head.threshold(), head.baselineIds(), compared, excluded,
                seriesWith(compared, HostedOutcome.ALERT), seriesWith(compared, HostedOutcome.IMPROVEMENT),
                head.warnings());
    }

    private static List<String> seriesWith(List<HostedViews.Compared> compared, HostedOutcome outcome) {
        return compared.stream().filter(row -> row.outcome().equals(outcome.wireName()))
                .map(HostedViews.Compared::series).toList();
    }
}
