package io.benchwarden.budget;

import java.util.ArrayList;
import java.util.List;

import io.benchwarden.contract.Problem;
import io.benchwarden.system.ApiException;

/** A requested new budget version, as the API and the admin page receive it; checked before it is stored. */
public record BudgetChange(Double maxOpenP95Ratio, Double maxConnectP95Ratio, Double openCompareMaxPct,
        Double workloadMaxPct, Double soakMaxDropRatioPct) {

    /** Every problem at once, or the version to store. */
    BudgetVersion checked(String actor) {
        List<Problem> problems = new ArrayList<>();
        positive(problems, "max_open_p95_ratio", maxOpenP95Ratio, true);
        positive(problems, "max_connect_p95_ratio", maxConnectP95Ratio, true);
        positive(problems, "open_compare_max_pct", openCompareMaxPct, false);
        positive(problems, "workload_max_pct", workloadMaxPct, false);
        positive(problems, "soak_max_drop_ratio_pct", soakMaxDropRatioPct, false);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return new BudgetVersion(null, 0, maxOpenP95Ratio, maxConnectP95Ratio, openCompareMaxPct, workloadMaxPct,
                soakMaxDropRatioPct, actor, null);
    }

    private static void positive(List<Problem> problems, String field, Double value, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(new Problem("budgets", field, "is required"));
            }
        }
        else if (!Double.isFinite(value) || value <= 0) {
            problems.add(new Problem("budgets", field, "must be a finite number greater than 0, got " + value));
        }
    }
}
