package io.benchwarden.support;

import static io.benchwarden.contract.ArtifactNames.CONNECT_BASELINE;
import static io.benchwarden.contract.ArtifactNames.CONNECT_WITH_AGENT;
import static io.benchwarden.contract.ArtifactNames.OPEN_BASELINE;
import static io.benchwarden.contract.ArtifactNames.OPEN_COMPARE;
import static io.benchwarden.contract.ArtifactNames.OPEN_WITH_AGENT;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.contract.rounds.Harness;
import io.benchwarden.contract.rounds.LatencyHistogram;
import io.benchwarden.contract.rounds.ProfileRounds;
import io.benchwarden.contract.rounds.RatioInterval;
import io.benchwarden.contract.rounds.RoundFigures;
import io.benchwarden.runner.rounds.LatencyDistribution;
import tools.jackson.databind.node.ObjectNode;

/**
 * A strict run as the runner's {@code run} writes it, built with the contract's writers: each profile carries its
 * rounds and its latency histogram, each with-agent profile its p95 ratio's interval, the open compare its
 * us_per_op ratio's interval. The figures are chosen so the ratios come out round:
 *
 * <ul>
 * <li>open p95 2.00 → 2.02 µs (ratio 1.01), connect p95 8.00 → 8.24 µs (ratio 1.03);</li>
 * <li>open compare 3.00 → 3.06 µs/op (+2 %);</li>
 * <li>the with-agent side of each histogram has 1 % of its operations slowed to about 30 µs, as a duty-cycle busy
 * loop does, while its p95 stays where it was.</li>
 * </ul>
 */
public final class RunnerBundles {

    /** Operations per side in the histograms. */
    public static final int OPERATIONS = 10_000;
    /** One operation in this many is slowed on the with-agent side. */
    public static final int SLOWED_EVERY = 100;
    static final long SLOWED_NS = 30_000;

    private RunnerBundles() {
    }

    /** A ratio's 95 % interval over the round pairs, as the runner's bootstrap reports it. */
    public record Interval(double low, double high) {
    }

    /** The run with these intervals around open p95 1.01, connect p95 1.03 and the open compare's 1.02. */
    public static Map<String, byte[]> measuredInRounds(Interval openP95, Interval connectP95, Interval openUsPerOp) {
        var bundle = profile(Examples.strictRun(), OPEN_BASELINE, 2.00, 1_900, null);
        bundle = profile(bundle, OPEN_WITH_AGENT, 2.02, 1_900, ratio(1.01, openP95));
        bundle = profile(bundle, CONNECT_BASELINE, 8.00, 7_600, null);
        bundle = profile(bundle, CONNECT_WITH_AGENT, 8.24, 7_600, ratio(1.03, connectP95));
        return Examples.withJson(bundle, OPEN_COMPARE, compare -> ratio(1.02, openUsPerOp).writeTo(
                compare.put("baseline_us_per_op", 3.00).put("with_agent_us_per_op", 3.06).put("delta_us_per_op", 0.06)
                        .put("delta_pct", 2.0).put("max_allowed_pct", 10.0).put("pass", true),
                RatioInterval.US_PER_OP_RATIO));
    }

    /**
     * The distribution the runner records for one side: {@value #OPERATIONS} operations spread evenly over
     * {@code fastestNs} to 10 % above it, on the with-agent side every {@value #SLOWED_EVERY}th one slowed to 30 µs.
     */
    public static LatencyHistogram histogram(long fastestNs, boolean withAgent) {
        long[] samples = new long[OPERATIONS];
        for (int i = 0; i < OPERATIONS; i++) {
            samples[i] = withAgent && i % SLOWED_EVERY == 0 ? SLOWED_NS : fastestNs + (fastestNs / 10) * i / OPERATIONS;
        }
        return LatencyDistribution.merged(List.of(LatencyDistribution.of(samples)));
    }

    private static RatioInterval ratio(double value, Interval interval) {
        return new RatioInterval(value, interval.low(), interval.high(), RatioInterval.LEVEL,
                "percentile bootstrap of the paired median over 10 round pairs", value, 10);
    }

    /** Sets the profile's reference figures around its p95 and appends what the runner adds after them. */
    private static Map<String, byte[]> profile(Map<String, byte[]> bundle, String name, double p95Us, long fastestNs,
            RatioInterval p95Ratio) {
        boolean withAgent = p95Ratio != null;
        RoundFigures figures = new RoundFigures(OPERATIONS, 0.03, p95Us, p95Us - 0.1, p95Us, p95Us + 0.5);
        return Examples.withJson(bundle, name, (ObjectNode profile) -> {
            figures.writeTo(profile);
            new ProfileRounds(Collections.nCopies(10, figures), ProfileRounds.PAIRED_MEDIAN_OF_ROUNDS, "performance",
                    new Harness("native_loop", 0.02, 0.03), null, p95Ratio, withAgent ? figures : null,
                    histogram(fastestNs, withAgent)).writeTo(profile);
        });
    }
}
