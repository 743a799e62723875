package io.benchwarden.trend;

import java.time.Instant;
import java.util.List;

/** The JSON the trend charts draw (snake_case on the wire). Values are aligned with {@code points} by index. */
public final class TrendViews {

    private TrendViews() {
    }

    /**
     * @param runner the perf host the strict runs are limited to, or null for every host
     * @param runners the perf hosts of the window's strict runs with their run counts, most first: more than one
     *        without {@code runner} means the charts mix hosts (empty for hosted trends, whose runners are shared)
     * @param totalRuns runs in the window before downsampling; {@code points} holds at most the requested maximum
     */
    public record Trends(String project, String branch, String runner, List<Runner> runners, Instant from, Instant to,
            long totalRuns, List<Point> points, List<Chart> charts) {
    }

    /** @param name null for runs uploaded without a runner */
    public record Runner(String name, long runs) {
    }

    /**
     * @param label the run as people name it: {@code #12} strict, {@code H-11} hosted
     * @param status the strict verdict; null for hosted runs, which have none
     */
    public record Point(long runId, String label, Instant startedAt, String commit, String status, String url) {
    }

    public record Chart(String id, String title, String unit, List<Series> series) {
    }

    /**
     * @param role {@code value} for a measured series, {@code budget} for the limit it is held to, {@code band} for
     *        the edges of a tolerance band around a baseline
     * @param changePoints indices into {@code points} of the first run after which the series moved
     */
    public record Series(String label, String role, List<Double> values, List<Integer> changePoints) {
    }
}
