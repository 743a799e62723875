package io.benchwarden.contract.model;

import io.benchwarden.contract.rounds.RatioInterval;

/**
 * A baseline vs with-agent comparison of us_per_op: the whole of {@code open_compare.json} and each row of
 * {@code workload_suite.json} have exactly these keys. {@code name} is the workload row's name, or
 * {@code open_close_compare} for the open compare. {@code usPerOpInterval} is the with-agent over baseline us_per_op
 * ratio's interval when the runner measured the comparison in rounds, otherwise null.
 */
public record Comparison(String name, double baselineUsPerOp, double withAgentUsPerOp, double deltaUsPerOp,
        double deltaPct, double maxAllowedPct, boolean pass, RatioInterval usPerOpInterval) {

    public static final String OPEN_COMPARE_NAME = "open_close_compare";
}
