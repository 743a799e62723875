package io.benchwarden.contract.gate;

import io.benchwarden.contract.rounds.Certainty;
import io.benchwarden.contract.rounds.RatioInterval;

/**
 * How sure a gate row is: the runner's 95 % interval of the row's value, in the row's own unit (a ratio, or a
 * percentage for the overhead and delta rows), and whether it lies wholly on one side of the row's budget
 * ({@link Certainty}). The row's pass or fail stays the point estimate's, as the spec has it.
 */
public record RowInterval(double low, double high, double level, int rounds, String confidence) {

    /** A ratio row: the interval as measured. */
    static RowInterval ofRatio(RatioInterval interval, double budget) {
        return new RowInterval(interval.low(), interval.high(), interval.confidence(), interval.rounds(),
                Certainty.of(interval, budget).label());
    }

    /** A percentage row: the ratio's interval as the percentage it exceeds 1 by, judged against the budget in %. */
    static RowInterval ofPercent(RatioInterval interval, double budgetPct) {
        return new RowInterval(Kpi.ratioAsPct(interval.low()), Kpi.ratioAsPct(interval.high()), interval.confidence(),
                interval.rounds(), Certainty.of(interval, 1 + budgetPct / 100).label());
    }
}
