package io.benchwarden.contract.validation;

import java.util.List;

import io.benchwarden.contract.Problem;
import io.benchwarden.contract.json.FieldReader;
import io.benchwarden.contract.model.SoakSummary;
import tools.jackson.databind.JsonNode;

/**
 * Rules for {@code soak_summary.json} as written by the reference soak script: the keys the gate reads must be
 * present and well-typed. A {@code pass} that disagrees with the script's own conjunction of its four budgets is a
 * finding, not malformed input.
 */
final class SoakValidator {

    private SoakValidator() {
    }

    static SoakSummary validate(String artifact, JsonNode node, List<Problem> problems, List<Problem> findings) {
        int before = problems.size();
        FieldReader fields = new FieldReader(artifact, "", node, problems);
        Long duration = fields.positiveInteger("duration_seconds");
        Long workers = fields.positiveInteger("workers");
        Long rssGrowth = integerAllowingNegative(fields, "rss_growth_kb");
        Long maxRssGrowth = fields.nonNegativeInteger("max_allowed_rss_growth_kb");
        Long drops = fields.nonNegativeInteger("max_ringbuf_drops_total");
        Long maxDrops = fields.nonNegativeInteger("max_allowed_drops");
        Long decisions = fields.nonNegativeInteger("max_decision_events");
        Long minDecisions = fields.nonNegativeInteger("min_total_decisions");
        Double dropRatio = fields.nonNegative("max_drop_ratio_pct");
        Double maxDropRatio = fields.nonNegative("max_allowed_drop_ratio_pct");
        Boolean pass = fields.bool("pass");
        if (problems.size() > before) {
            return null;
        }
        boolean expected = rssGrowth <= maxRssGrowth && drops <= maxDrops && decisions >= minDecisions
                && dropRatio <= maxDropRatio;
        if (pass != expected) {
            findings.add(new Problem(artifact, "/pass", "is " + pass + " but the soak budgets (rss_growth_kb <= "
                    + "max_allowed_rss_growth_kb, max_ringbuf_drops_total <= max_allowed_drops, max_decision_events >= "
                    + "min_total_decisions, max_drop_ratio_pct <= max_allowed_drop_ratio_pct) give " + expected));
        }
        return new SoakSummary(duration, workers, rssGrowth, maxRssGrowth, drops, maxDrops, decisions, minDecisions,
                dropRatio, maxDropRatio, pass, referenceDropRatePct(node));
    }

    /** perf_slo_check.sh's arithmetic, to the letter: numbers it cannot read count as 0. */
    private static double referenceDropRatePct(JsonNode node) {
        JsonNode explicit = node.get("event_drop_ratio_pct");
        if (explicit != null && explicit.isNumber()) {
            return explicit.doubleValue();
        }
        double drops = numberOrZero(node, "ringbuf_drops");
        double total = numberOrZero(node, "total_events");
        if (total <= 0 && node.path("decision_events").isNumber()) {
            total = node.get("decision_events").doubleValue();
        }
        return total > 0 ? drops / total * 100.0 : 0.0;
    }

    private static double numberOrZero(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value != null && value.isNumber() ? value.doubleValue() : 0.0;
    }

    /** RSS can shrink over a soak, so its growth may be negative; it must still be an integer. */
    private static Long integerAllowingNegative(FieldReader fields, String key) {
        Double value = fields.number(key);
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value)) {
            fields.problem(key, "must be an integer number of KiB, got " + value);
            return null;
        }
        return value.longValue();
    }
}
