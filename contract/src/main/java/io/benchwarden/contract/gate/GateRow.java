package io.benchwarden.contract.gate;

/**
 * One row of the canonical SLO table. The reference gate's rows fail when {@code value > budget}; Benchwarden's
 * own may also ask for a minimum.
 *
 * @param comparator {@code <=} (value must not exceed budget) or {@code >=} (value must reach budget)
 * @param evidence the artifacts the value comes from, as the reference gate names them
 * @param budgetSource where the budget came from: the project's budgets ("defaults", "budgets v3") or, where it was
 *     stricter, the artifact's own limit
 * @param interval the value's interval where the runner measured it in rounds; null for one pass per side (the
 *     reference scripts) and for rows that are no with-agent over baseline ratio
 */
public record GateRow(String scenario, String metric, double value, double budget, String comparator, String unit,
        boolean pass, String evidence, String budgetSource, RowInterval interval) {

    public static final String AT_MOST = "<=";
    public static final String AT_LEAST = ">=";

    public static GateRow atMost(String scenario, String metric, double value, Budget budget, String unit,
            String evidence) {
        return new GateRow(scenario, metric, value, budget.value(), AT_MOST, unit, value <= budget.value(), evidence,
                budget.source(), null);
    }

    public static GateRow atLeast(String scenario, String metric, double value, Budget budget, String unit,
            String evidence) {
        return new GateRow(scenario, metric, value, budget.value(), AT_LEAST, unit, value >= budget.value(), evidence,
                budget.source(), null);
    }

    /** This row with the interval of its value. */
    GateRow withInterval(RowInterval newInterval) {
        return new GateRow(scenario, metric, value, budget, comparator, unit, pass, evidence, budgetSource, newInterval);
    }

    /** "pass" or "fail", as the service's answers say; the canonical reports write it in capitals. */
    public String status() {
        return pass ? "pass" : "fail";
    }

    /** {@code scenario/metric}: how alerts and people name the row. */
    public String key() {
        return scenario + "/" + metric;
    }

    /** A budget and where it came from. */
    public record Budget(double value, String source) {
    }
}
