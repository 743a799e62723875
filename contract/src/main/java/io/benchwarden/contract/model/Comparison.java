package io.benchwarden.contract.model;

/**
 * A baseline vs with-agent comparison of us_per_op: the whole of {@code open_compare.json} and each row of
 * {@code workload_suite.json} have exactly these keys. {@code name} is the workload row's name, or
 * {@code open_close_compare} for the open compare.
 */
public record Comparison(String name, double baselineUsPerOp, double withAgentUsPerOp, double deltaUsPerOp,
        double deltaPct, double maxAllowedPct, boolean pass) {

    public static final String OPEN_COMPARE_NAME = "open_close_compare";
}
