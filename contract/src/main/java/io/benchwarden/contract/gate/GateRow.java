package io.benchwarden.contract.gate;

/**
 * One row of the canonical SLO table.
 *
 * @param comparator {@code <=} (value must not exceed budget) or {@code >=} (value must reach budget)
 * @param evidence the artifacts the value comes from
 */
public record GateRow(String scenario, String metric, double value, double budget, String comparator, String unit,
        boolean pass, String evidence) {

    public static final String AT_MOST = "<=";
    public static final String AT_LEAST = ">=";

    public static GateRow atMost(String scenario, String metric, double value, double budget, String unit,
            String evidence) {
        return new GateRow(scenario, metric, value, budget, AT_MOST, unit, value <= budget, evidence);
    }

    public static GateRow atLeast(String scenario, String metric, double value, double budget, String unit,
            String evidence) {
        return new GateRow(scenario, metric, value, budget, AT_LEAST, unit, value >= budget, evidence);
    }

    public String status() {
        return pass ? "pass" : "fail";
    }
}
