package io.benchwarden.noise;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import io.benchwarden.contract.gate.GateRow;
import io.benchwarden.contract.gate.StrictGate;

/**
 * A gate row whose budget is too tight for its host: noise alone moves the row's ratio by more than a third of the
 * budget's margin over no cost (budget − 1 for a ratio, budget / 100 for a percentage), so a verdict either way says
 * more about the host than about the agent.
 *
 * @param spread the host's spread of the row's ratio (0.02 = ±2 %)
 * @param budgetPct the budget's margin over no cost in percent (5 for a p95 ratio budget of 1.05)
 */
public record NoiseWarning(String scenario, String metric, double spread, double budget, double budgetPct,
        String message) {

    /** The share of a budget the host's noise may take before the page warns. */
    static final double SHARE_OF_BUDGET = 1.0 / 3;

    /** A warning when {@code spread} is more than a third of the row's budget; rows with a minimum are not judged. */
    static Optional<NoiseWarning> of(GateRow row, Double spread) {
        if (spread == null || !row.comparator().equals(GateRow.AT_MOST)) {
            return Optional.empty();
        }
        double margin = row.metric().equals(StrictGate.P95_RATIO) ? row.budget() - 1 : row.budget() / 100;
        if (!(spread > margin * SHARE_OF_BUDGET)) {
            return Optional.empty();
        }
        String budgetPct = percent(margin);
        return Optional.of(new NoiseWarning(row.scenario(), row.metric(), spread, row.budget(),
                Math.round(margin * 100 * 1e6) / 1e6,
                row.scenario() + " " + row.metric() + ": this host cannot judge a " + budgetPct + " % budget: noise "
                        + "alone moves this ratio by ±" + percent(spread) + " %, more than a third of the budget ("
                        + percent(margin * SHARE_OF_BUDGET) + " %)"));
    }

    /** A ratio's share in percent, to two decimals without trailing zeros (0.05 → "5", 0.0167 → "1.67"). */
    private static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
