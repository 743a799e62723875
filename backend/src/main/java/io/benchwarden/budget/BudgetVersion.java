package io.benchwarden.budget;

import java.time.Instant;

import io.benchwarden.contract.gate.GateBudgets;

/**
 * One version of a project's strict budgets. Version 0 is the spec's defaults and is never stored; a run judged by
 * it has no budget version id.
 */
public record BudgetVersion(Long id, int version, double maxOpenP95Ratio, double maxConnectP95Ratio,
        Double openCompareMaxPct, Double workloadMaxPct, Double soakMaxDropRatioPct, String createdBy,
        Instant createdAt) {

    public static BudgetVersion spec() {
        GateBudgets spec = GateBudgets.spec();
        return new BudgetVersion(null, 0, spec.maxOpenP95Ratio(), spec.maxConnectP95Ratio(), null, null, null,
                "spec", null);
    }

    public GateBudgets toGateBudgets() {
        return new GateBudgets(maxOpenP95Ratio, maxConnectP95Ratio, openCompareMaxPct, workloadMaxPct,
                soakMaxDropRatioPct);
    }
}
