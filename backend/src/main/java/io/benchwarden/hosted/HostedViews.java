package io.benchwarden.hosted;

import java.time.Instant;
import java.util.List;

/** JSON shapes of the hosted-run API (snake_case on the wire). */
public final class HostedViews {

    private HostedViews() {
    }

    public record Compared(String series, double currentNs, Double baselineNs, Double ratio, String outcome) {
    }

    public record Excluded(String name, String reason, double realTimeNs) {
    }

    /**
     * {@code alerts} and {@code improvements} name series; alerts are advisory and never block promotion alone.
     * {@code url} is the run's page; {@code warnings} say why the run deserves attention although nothing alerted
     * (the filters left nothing to compare).
     */
    public record HostedRun(long id, String url, String project, String branch, String commit, String ciRunId, Instant startedAt,
            double threshold, List<Long> baselineRunIds, List<Compared> compared, List<Excluded> excluded,
            List<String> alerts, List<String> improvements, List<String> warnings) {
    }
}
