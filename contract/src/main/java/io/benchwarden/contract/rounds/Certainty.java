package io.benchwarden.contract.rounds;

/**
 * How sure a gate row's outcome is, from the 95 % interval of its ratio against the row's budget (both as ratios:
 * a percentage budget of 10 % is the ratio 1.10). The gate's pass or fail stays the point estimate's; this says
 * whether the interval agrees.
 *
 * <p>The gate passes a value at most the budget ({@code value <= budget}), so the sides are split where the gate
 * splits them: an interval wholly at or under the budget ({@code high <= budget}) is a certain pass, one wholly over
 * it ({@code low > budget}) a certain fail. An interval whose low end equals the budget holds both a passing value
 * (the budget itself) and failing ones, so it straddles the budget and is inconclusive; one whose high end equals
 * the budget holds passing values only.
 */
public enum Certainty {
    CERTAIN("certain"),
    INCONCLUSIVE("inconclusive");

    private final String label;

    Certainty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Certainty of(double low, double high, double budget) {
        return high <= budget || low > budget ? CERTAIN : INCONCLUSIVE;
    }

    public static Certainty of(RatioInterval interval, double budget) {
        return of(interval.low(), interval.high(), budget);
    }
}
