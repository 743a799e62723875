package io.benchwarden.contract.gate;

/**
 * The budgets of the strict gate. The p95 ratios are the spec's KPI ({@link BudgetDefaults#KPI_P95_RATIO}). The other budgets default to the
 * value each artifact carries ({@code max_allowed_pct}, {@code max_allowed_drop_ratio_pct}); a project can pin
 * them instead, and then the pinned value wins.
 *
 * @param openCompareMaxPct {@code null}: use open_compare.json's max_allowed_pct
 * @param workloadMaxPct {@code null}: use each workload row's max_allowed_pct
 * @param soakMaxDropRatioPct {@code null}: use soak_summary.json's max_allowed_drop_ratio_pct
 */
public record GateBudgets(double maxOpenP95Ratio, double maxConnectP95Ratio, Double openCompareMaxPct,
        Double workloadMaxPct, Double soakMaxDropRatioPct) {

    public static GateBudgets spec() {
        return new GateBudgets(BudgetDefaults.KPI_P95_RATIO, BudgetDefaults.KPI_P95_RATIO, null, null, null);
    }
}
