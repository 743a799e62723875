package io.benchwarden.contract.validation;

import java.util.List;

import io.benchwarden.contract.Problem;
import io.benchwarden.contract.json.FieldReader;
import io.benchwarden.contract.model.Comparison;
import io.benchwarden.contract.rounds.RatioInterval;
import tools.jackson.databind.JsonNode;

/**
 * Rules for a baseline vs with-agent comparison (open_compare.json and each workload row). Beyond the keys and
 * types, the derived numbers must agree with the inputs: the harness rounds every value to two decimals, so
 * delta_us_per_op and delta_pct are checked against the range they could take given that rounding. A {@code pass}
 * that disagrees with {@code delta_pct <= max_allowed_pct} (beyond rounding of the budget itself) is not malformed
 * input: the reference gate counts such a row as failed, so it is a finding, kept beside the accepted run.
 */
final class ComparisonValidator {

    /** Half a unit of the second decimal: the largest error rounding to 2 decimals introduces. */
    static final double HALF_CENT = 0.005;
    private static final double EPSILON = 1e-9;

    private ComparisonValidator() {
    }

    /**
     * @param zeroBudgetMeansNoLimit the open compare treats {@code max_allowed_pct <= 0} as "no limit"
     *     (reference perf_compare.sh); workload rows do not
     */
    static Comparison validate(String artifact, String pointer, JsonNode node, String name,
            boolean zeroBudgetMeansNoLimit, List<Problem> problems, List<Problem> findings) {
        int before = problems.size();
        FieldReader fields = new FieldReader(artifact, pointer, node, problems);
        Double baseline = fields.positive("baseline_us_per_op");
        Double withAgent = fields.nonNegative("with_agent_us_per_op");
        Double delta = fields.number("delta_us_per_op");
        Double deltaPct = fields.number("delta_pct");
        Double maxAllowed = fields.nonNegative("max_allowed_pct");
        Boolean pass = fields.bool("pass");

        if (baseline != null && withAgent != null && delta != null) {
            double expected = withAgent - baseline;
            if (Math.abs(delta - expected) > 3 * HALF_CENT + EPSILON) {
                fields.problem("delta_us_per_op", "(" + delta + ") does not match with_agent_us_per_op - baseline_us_per_op ("
                        + String.format(java.util.Locale.ROOT, "%.2f", expected) + ") within rounding");
            }
        }
        if (baseline != null && withAgent != null && deltaPct != null) {
            double[] range = pctRange(baseline, withAgent);
            if (deltaPct < range[0] - HALF_CENT - EPSILON || deltaPct > range[1] + HALF_CENT + EPSILON) {
                fields.problem("delta_pct", "(" + deltaPct + ") does not match (with_agent_us_per_op - baseline_us_per_op) / "
                        + "baseline_us_per_op * 100 (" + String.format(java.util.Locale.ROOT, "%.2f",
                                100 * (withAgent - baseline) / baseline) + ") within rounding");
            }
        }
        if (deltaPct != null && maxAllowed != null && pass != null) {
            boolean noLimit = zeroBudgetMeansNoLimit && maxAllowed <= 0;
            boolean clearlyOver = deltaPct > maxAllowed + HALF_CENT + EPSILON;
            boolean clearlyWithin = deltaPct < maxAllowed - HALF_CENT - EPSILON;
            String where = pointer + "/pass";
            if (noLimit && !pass) {
                findings.add(new Problem(artifact, where, "is false but max_allowed_pct <= 0 means no limit"));
            }
            else if (!noLimit && pass && clearlyOver) {
                findings.add(new Problem(artifact, where, "is true but delta_pct (" + deltaPct
                        + ") is greater than max_allowed_pct (" + maxAllowed + ")"));
            }
            else if (!noLimit && !pass && clearlyWithin) {
                findings.add(new Problem(artifact, where, "is false but delta_pct (" + deltaPct
                        + ") is within max_allowed_pct (" + maxAllowed + "); counted as a failed row, as the reference"
                        + " gate counts it"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Comparison(name, baseline, withAgent, delta, deltaPct, maxAllowed, pass,
                RatioInterval.read(node, RatioInterval.US_PER_OP_RATIO).orElse(null));
    }

    /**
     * The smallest and largest delta_pct that unrounded inputs could have produced. The expression is monotonic
     * in each input, so its extremes lie at the corners of the rounding box.
     */
    static double[] pctRange(double baseline, double withAgent) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double b : new double[] { baseline - HALF_CENT, baseline + HALF_CENT }) {
            if (b <= 0) {
                // A baseline that may be zero before rounding bounds nothing.
                return new double[] { Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY };
            }
            for (double w : new double[] { Math.max(0, withAgent - HALF_CENT), withAgent + HALF_CENT }) {
                double pct = (w - b) / b * 100;
                min = Math.min(min, pct);
                max = Math.max(max, pct);
            }
        }
        return new double[] { min, max };
    }
}
