package io.benchwarden.contract.gate;

/**
 * The strict budgets a project starts with: the reference workflow's own settings (perf.yml and its scripts), so
 * an unconfigured project is judged exactly as the reference gate judges it. Each is a per-project budget in the
 * service's versioned budgets; these are only the starting values.
 */
public final class BudgetDefaults {

    /** validate_perf_artifacts.py: {@code p95_with_agent / p95_baseline <= 1.05} for open and connect. */
    public static final double KPI_P95_RATIO = 1.05;
    /** perf_compare.sh in perf.yml (MAX_PCT) and perf_slo_check.sh's MAX_OPEN_DELTA_PCT. */
    public static final double OPEN_DELTA_PCT = 10.0;
    /** perf_slo_check.sh's p95 overhead budgets (open takes MAX_OPEN_DELTA_PCT, connect MAX_CONNECT_P95_OVERHEAD). */
    public static final double P95_OVERHEAD_PCT = 10.0;
    /** perf_workload_suite.sh's MAX_*_PCT as perf.yml sets them. */
    public static final double WORKLOAD_DELTA_PCT = 15.0;
    /** perf_slo_check.sh's MAX_WORKLOAD_FAILED_ROWS. */
    public static final int WORKLOAD_FAILED_ROWS = 0;
    /** perf_slo_check.sh's MAX_RSS_GROWTH_MB. */
    public static final double SOAK_RSS_GROWTH_MB = 128.0;
    /** perf_slo_check.sh's MAX_RINGBUF_DROP_RATE, in percent: the product's "< 0.1 % event drops" target. */
    public static final double SOAK_RINGBUF_DROP_RATE_PCT = 0.1;

    private BudgetDefaults() {
    }
}
