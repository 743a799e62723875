package io.benchwarden.budget;

import java.util.ArrayList;
import java.util.List;

import io.benchwarden.contract.Problem;
import io.benchwarden.system.ApiException;

/**
 * A requested new budget version, as the API (snake_case) and the admin page receive it: each budget optional, an
 * absent one keeping its value from the version in force. Checked as a whole before it is stored.
 */
public record BudgetChange(Double maxOpenP95Ratio, Double maxConnectP95Ratio, Double maxOpenDeltaPct,
        Double maxOpenP95OverheadPct, Double maxConnectP95OverheadPct, Double maxWorkloadDeltaPct,
        Integer maxWorkloadFailedRows, Double maxSoakRssGrowthMb, Double maxSoakRingbufDropRatePct) {

    /** Every problem at once, or the version to store on top of {@code current}. */
    BudgetVersion applyTo(BudgetVersion current, String actor) {
        List<Problem> problems = new ArrayList<>();
        if (java.util.stream.Stream.of(maxOpenP95Ratio, maxConnectP95Ratio, maxOpenDeltaPct, maxOpenP95OverheadPct,
                maxConnectP95OverheadPct, maxWorkloadDeltaPct, maxWorkloadFailedRows, maxSoakRssGrowthMb,
                maxSoakRingbufDropRatePct).allMatch(java.util.Objects::isNull)) {
            problems.add(new Problem("budgets", "", "names no budget to change"));
        }
        BudgetVersion next = new BudgetVersion(null, 0,
                positive(problems, "max_open_p95_ratio", maxOpenP95Ratio, current.maxOpenP95Ratio()),
                positive(problems, "max_connect_p95_ratio", maxConnectP95Ratio, current.maxConnectP95Ratio()),
                positive(problems, "max_open_delta_pct", maxOpenDeltaPct, current.maxOpenDeltaPct()),
                positive(problems, "max_open_p95_overhead_pct", maxOpenP95OverheadPct, current.maxOpenP95OverheadPct()),
                positive(problems, "max_connect_p95_overhead_pct", maxConnectP95OverheadPct,
                        current.maxConnectP95OverheadPct()),
                positive(problems, "max_workload_delta_pct", maxWorkloadDeltaPct, current.maxWorkloadDeltaPct()),
                count(problems, "max_workload_failed_rows", maxWorkloadFailedRows, current.maxWorkloadFailedRows()),
                positive(problems, "max_soak_rss_growth_mb", maxSoakRssGrowthMb, current.maxSoakRssGrowthMb()),
                nonNegative(problems, "max_soak_ringbuf_drop_rate_pct", maxSoakRingbufDropRatePct,
                        current.maxSoakRingbufDropRatePct()),
                actor, null);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return next;
    }

    private static double positive(List<Problem> problems, String field, Double value, double current) {
        if (value != null && (!Double.isFinite(value) || value <= 0)) {
            problems.add(new Problem("budgets", field, "must be a finite number greater than 0, got " + value));
        }
        return value == null ? current : value;
    }

    private static double nonNegative(List<Problem> problems, String field, Double value, double current) {
        if (value != null && (!Double.isFinite(value) || value < 0)) {
            problems.add(new Problem("budgets", field, "must be a finite number of at least 0, got " + value));
        }
        return value == null ? current : value;
    }

    private static int count(List<Problem> problems, String field, Integer value, int current) {
        if (value != null && value < 0) {
            problems.add(new Problem("budgets", field, "must be a whole number of at least 0, got " + value));
        }
        return value == null ? current : value;
    }
}
