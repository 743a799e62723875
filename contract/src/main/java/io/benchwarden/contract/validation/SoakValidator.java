package io.benchwarden.contract.validation;

import java.util.List;

import io.benchwarden.contract.Problem;
import io.benchwarden.contract.json.FieldReader;
import io.benchwarden.contract.model.SoakSummary;
import tools.jackson.databind.JsonNode;

/**
 * Rules for {@code soak_summary.json} as written by the reference soak script: the keys the gate reads must be
 * present and well-typed, and {@code pass} must equal the script's own conjunction of its four budgets.
 */
final class SoakValidator {

    private SoakValidator() {
    }

    static SoakSummary validate(String artifact, JsonNode node, List<Problem> problems) {
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
            fields.problem("pass", "is " + pass + " but the soak budgets (rss_growth_kb <= max_allowed_rss_growth_kb, "
                    + "max_ringbuf_drops_total <= max_allowed_drops, max_decision_events >= min_total_decisions, "
                    + "max_drop_ratio_pct <= max_allowed_drop_ratio_pct) give " + expected);
            return null;
        }
        return new SoakSummary(duration, workers, rssGrowth, maxRssGrowth, drops, maxDrops, decisions, minDecisions,
                dropRatio, maxDropRatio, pass);
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
