package io.benchwarden.runner.artifacts;

import java.util.Locale;

import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.contract.rounds.LatencyHistogram;
import io.benchwarden.contract.rounds.ProfileRounds;
import io.benchwarden.contract.rounds.RoundFigures;
import io.benchwarden.runner.bench.BenchTarget;
import io.benchwarden.runner.bench.WorkloadKind;
import tools.jackson.databind.node.ObjectNode;

/**
 * A latency profile ({@code open_baseline.json}, {@code connect_with_agent.json}, the bench commands' output)
 * with the reference keys in the reference order; the runner's extras ({@link ProfileRounds}) come after them.
 */
public final class ProfileArtifact {

    private ProfileArtifact() {
    }

    public static ObjectNode json(WorkloadKind kind, RoundFigures figures, BenchTarget target, boolean withAgent) {
        ObjectNode node = figures.writeTo(StrictJson.mapper().createObjectNode());
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

    /**
     * The bench commands' JSON, as the reference bench writes it: the profile's keys ({@code protocol} after the
     * connect target), then how many passes the figures are the median of and how many were run before them
     * unrecorded.
     */
    public static ObjectNode benchJson(WorkloadKind kind, RoundFigures figures, BenchTarget target, boolean withAgent,
            int repeats, int burnIn, LatencyHistogram histogram) {
        ObjectNode node = json(kind, figures, target, withAgent);
        if (kind == WorkloadKind.CONNECT_LOOPBACK) {
            ObjectNode ordered = StrictJson.mapper().createObjectNode();
            node.properties().forEach(entry -> {
                if (entry.getKey().equals("with_agent")) {
                    ordered.put("protocol", "udp");
                }
                ordered.set(entry.getKey(), entry.getValue());
            });
            node = ordered;
        }
        node.put("repeats", repeats);
        node.put("burn_in", burnIn);
        return histogram == null ? node : histogram.writeTo(node);
    }

    /** The reference's FORMAT=text lines. */
    public static String text(RoundFigures figures) {
        return String.format(Locale.ROOT, "iterations=%d%nseconds=%.6f%nus_per_op=%.2f%np50_us=%.2f%np95_us=%.2f%np99_us=%.2f",
                figures.iterations(), figures.seconds(), figures.usPerOp(), figures.p50Us(), figures.p95Us(),
                figures.p99Us());
    }
}
