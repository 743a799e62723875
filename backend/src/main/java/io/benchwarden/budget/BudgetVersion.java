package io.benchwarden.budget;

import java.time.Instant;

import io.benchwarden.contract.gate.GateBudgets;

/**
 * One version of a project's strict budgets: one per row of the canonical table. Version 0 is the reference
 * workflow's defaults and is never stored; a run judged by it has no budget version id.
 */
public record BudgetVersion(Long id, int version, double maxOpenP95Ratio, double maxConnectP95Ratio,
        double maxOpenDeltaPct, double maxOpenP95OverheadPct, double maxConnectP95OverheadPct,
        double maxWorkloadDeltaPct, int maxWorkloadFailedRows, double maxSoakRssGrowthMb,
        double maxSoakRingbufDropRatePct, String createdBy, Instant createdAt) {

    public static BudgetVersion defaults() {
        GateBudgets defaults = GateBudgets.defaults();
        return new BudgetVersion(null, 0, defaults.maxOpenP95Ratio(), defaults.maxConnectP95Ratio(),
                defaults.maxOpenDeltaPct(), defaults.maxOpenP95OverheadPct(), defaults.maxConnectP95OverheadPct(),
                defaults.maxWorkloadDeltaPct(), defaults.maxWorkloadFailedRows(), defaults.maxSoakRssGrowthMb(),
                defaults.maxSoakRingbufDropRatePct(), GateBudgets.DEFAULTS, null);
    }

    public GateBudgets toGateBudgets() {
        return new GateBudgets(version == 0 ? GateBudgets.DEFAULTS : "budgets v" + version, maxOpenP95Ratio,
                maxConnectP95Ratio, maxOpenDeltaPct, maxOpenP95OverheadPct, maxConnectP95OverheadPct,
                maxWorkloadDeltaPct, maxWorkloadFailedRows, maxSoakRssGrowthMb, maxSoakRingbufDropRatePct);
    }
}
