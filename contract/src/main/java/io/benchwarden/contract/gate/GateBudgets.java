package io.benchwarden.contract.gate;

/**
 * The budgets of the strict gate: one per row of the canonical table, all the server's. An artifact's own limits
 * ({@code max_allowed_pct}, the soak script's limits) are shown, and apply only where they are stricter.
 *
 * @param source what set these budgets, for the rows' {@code budget_source}: "defaults" or "budgets v3"
 */
public record GateBudgets(String source, double maxOpenP95Ratio, double maxConnectP95Ratio, double maxOpenDeltaPct,
        double maxOpenP95OverheadPct, double maxConnectP95OverheadPct, double maxWorkloadDeltaPct,
        int maxWorkloadFailedRows, double maxSoakRssGrowthMb, double maxSoakRingbufDropRatePct) {

    public static final String DEFAULTS = "defaults";

    /** The reference workflow's own settings ({@link BudgetDefaults}). */
    public static GateBudgets defaults() {
        return new GateBudgets(DEFAULTS, BudgetDefaults.KPI_P95_RATIO, BudgetDefaults.KPI_P95_RATIO,
                BudgetDefaults.OPEN_DELTA_PCT, BudgetDefaults.P95_OVERHEAD_PCT, BudgetDefaults.P95_OVERHEAD_PCT,
                BudgetDefaults.WORKLOAD_DELTA_PCT, BudgetDefaults.WORKLOAD_FAILED_ROWS,
                BudgetDefaults.SOAK_RSS_GROWTH_MB, BudgetDefaults.SOAK_RINGBUF_DROP_RATE_PCT);
    }

    /** These budgets with other KPI p95 ratio targets (the validator's --max-*-p95-ratio options). */
    public GateBudgets withKpiRatios(double open, double connect) {
        return new GateBudgets(source, open, connect, maxOpenDeltaPct, maxOpenP95OverheadPct, maxConnectP95OverheadPct,
                maxWorkloadDeltaPct, maxWorkloadFailedRows, maxSoakRssGrowthMb, maxSoakRingbufDropRatePct);
    }
}
