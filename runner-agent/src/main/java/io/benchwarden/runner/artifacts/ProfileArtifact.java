package io.benchwarden.runner.artifacts;

import java.util.List;
import java.util.Locale;

import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.runner.bench.BenchTarget;
import io.benchwarden.runner.bench.WorkloadKind;
import io.benchwarden.runner.rounds.Harness;
import io.benchwarden.runner.rounds.RoundFigures;
import io.benchwarden.runner.rounds.RoundStatistics;
import io.benchwarden.runner.rounds.RoundStatistics.RatioInterval;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A latency profile ({@code open_baseline.json}, {@code connect_with_agent.json}, the bench commands' output)
 * with the reference keys in the reference order; the runner's extras ({@code rounds}, the p95 ratio interval)
 * come after them.
 */
public final class ProfileArtifact {

    private ProfileArtifact() {
    }

    public static ObjectNode json(WorkloadKind kind, RoundFigures figures, BenchTarget target, boolean withAgent) {
        ObjectNode node = StrictJson.mapper().createObjectNode();
        putFigures(node, figures);
        if (kind == WorkloadKind.CONNECT_LOOPBACK) {
            node.put("host", target.host());
            node.put("port", target.port());
        }
        else {
            node.put("file", target.file());
        }
        node.put("with_agent", withAgent);
        return node;
    }

    public static ObjectNode withRounds(ObjectNode profile, List<RoundFigures> rounds, String cpuGovernor,
            Harness harness) {
        ArrayNode array = profile.putArray("rounds");
        for (RoundFigures round : rounds) {
            putFigures(array.addObject(), round);
        }
        profile.put("estimator", RoundStatistics.ESTIMATOR);
        profile.put("cpu_governor", cpuGovernor);
        profile.put("timing", harness.timing().label());
        ObjectNode floor = profile.putObject("harness_floor");
        floor.put("p50_us", harness.floorP50Us());
        floor.put("p95_us", harness.floorP95Us());
        return profile;
    }

    /** The with-agent extras: the gate's ratio with its interval, and the unpaired medians for comparison. */
    public static ObjectNode withRatioInterval(ObjectNode profile, RatioInterval interval, RoundFigures unpaired) {
        ObjectNode node = profile.putObject("p95_ratio");
        node.put("value", interval.ratio());
        node.put("ci_low", interval.low());
        node.put("ci_high", interval.high());
        node.put("confidence", interval.confidence());
        node.put("method", "percentile bootstrap of the paired median over " + interval.rounds() + " round pairs");
        node.put("unpaired_value", interval.unpairedRatio());
        putLatencies(profile.putObject("unpaired_median_of_rounds"), unpaired);
        return profile;
    }

    /** The reference keys of a profile's figures, in the reference order. */
    private static void putFigures(ObjectNode node, RoundFigures figures) {
        node.put("iterations", figures.iterations());
        node.put("seconds", figures.seconds());
        putLatencies(node, figures);
    }

    private static void putLatencies(ObjectNode node, RoundFigures figures) {
        node.put("us_per_op", figures.usPerOp());
        node.put("p50_us", figures.p50Us());
        node.put("p95_us", figures.p95Us());
        node.put("p99_us", figures.p99Us());
    }

    /** The reference's FORMAT=text lines. */
    public static String text(RoundFigures figures) {
        return String.format(Locale.ROOT, "iterations=%d%nseconds=%.6f%nus_per_op=%.2f%np50_us=%.2f%np95_us=%.2f%np99_us=%.2f",
                figures.iterations(), figures.seconds(), figures.usPerOp(), figures.p50Us(), figures.p95Us(),
                figures.p99Us());
    }
}
