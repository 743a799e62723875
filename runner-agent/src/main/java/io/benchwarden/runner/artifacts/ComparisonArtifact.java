package io.benchwarden.runner.artifacts;

import java.util.List;
import java.util.Locale;

import io.benchwarden.contract.Rounding;
import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.contract.model.Comparison;
import io.benchwarden.contract.rounds.RatioInterval;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Baseline vs with-agent us_per_op, computed the way the reference suite and compare scripts compute it: from
 * the two-decimal figures, percentage unrounded for the pass decision, everything rounded for the JSON.
 */
public final class ComparisonArtifact {

    private ComparisonArtifact() {
    }

    /** @param noLimitWhenZero perf_compare.sh treats MAX_PCT &lt;= 0 as "no limit"; the suite does not */
    public static Comparison compare(String name, double baseline, double withAgent, double maxPct,
            boolean noLimitWhenZero) {
        double delta = withAgent - baseline;
        double pct = baseline != 0 ? delta / baseline * 100.0 : 0.0;
        boolean pass = noLimitWhenZero && maxPct <= 0 || pct <= maxPct;
        return new Comparison(name, Rounding.round2(baseline), Rounding.round2(withAgent), Rounding.round2(delta),
                Rounding.round2(pct), Rounding.round2(maxPct), pass, null);
    }

    public static ObjectNode json(Comparison comparison, boolean withName) {
        ObjectNode node = StrictJson.mapper().createObjectNode();
        if (withName) {
            node.put("name", comparison.name());
        }
        node.put("baseline_us_per_op", comparison.baselineUsPerOp());
        node.put("with_agent_us_per_op", comparison.withAgentUsPerOp());
        node.put("delta_us_per_op", comparison.deltaUsPerOp());
        node.put("delta_pct", comparison.deltaPct());
        node.put("max_allowed_pct", comparison.maxAllowedPct());
        node.put("pass", comparison.pass());
        return node;
    }

    /** The comparison's keys, then the interval of its us_per_op ratio (an extra key) when it was measured in rounds. */
    public static ObjectNode json(Comparison comparison, boolean withName, RatioInterval usPerOpRatio) {
        ObjectNode node = json(comparison, withName);
        return usPerOpRatio == null ? node : usPerOpRatio.writeTo(node, RatioInterval.US_PER_OP_RATIO);
    }

    /** @param usPerOpRatios each row's interval, in the rows' order; empty when the rows have none */
    public static ObjectNode suite(List<Comparison> rows, List<RatioInterval> usPerOpRatios) {
        ObjectNode root = StrictJson.mapper().createObjectNode();
        ArrayNode benchmarks = root.putArray("benchmarks");
        for (int i = 0; i < rows.size(); i++) {
            benchmarks.add(json(rows.get(i), true, usPerOpRatios.isEmpty() ? null : usPerOpRatios.get(i)));
        }
        return root;
    }

    /** The suite's FORMAT=text line for one row. */
    public static String suiteLine(Comparison row) {
        return String.format(Locale.ROOT, "%s: baseline=%.2fus with_agent=%.2fus delta=%.2fus (%.2f%%) limit=%.2f%% pass=%s",
                row.name(), row.baselineUsPerOp(), row.withAgentUsPerOp(), row.deltaUsPerOp(), row.deltaPct(),
                row.maxAllowedPct(), row.pass() ? "yes" : "no");
    }

    /** perf_compare.sh's stdout lines (formatted from the unrounded values, as it does). */
    public static String compareLines(double baseline, double withAgent, int repeats) {
        double delta = withAgent - baseline;
        double pct = baseline != 0 ? delta / baseline * 100 : 0.0;
        return String.format(Locale.ROOT,
                "baseline_us_per_op=%.2f%nwith_agent_us_per_op=%.2f%ndelta_us_per_op=%.2f%ndelta_pct=%.2f%nrepeats=%d",
                baseline, withAgent, delta, pct, repeats);
    }
}
