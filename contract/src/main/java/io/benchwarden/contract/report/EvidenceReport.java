package io.benchwarden.contract.report;

import static io.benchwarden.contract.report.Decimals.fixed;
import static io.benchwarden.contract.report.Decimals.python;

import java.util.ArrayList;
import java.util.List;

import io.benchwarden.contract.gate.GateBudgets;
import io.benchwarden.contract.gate.Kpi;
import io.benchwarden.contract.model.Comparison;
import io.benchwarden.contract.model.ProfileMeasurement;
import io.benchwarden.contract.model.StrictBundle;

/**
 * {@code perf-evidence-report.md} with the same content as the reference validator writes: profiles, workload
 * rows, the p95 KPI gates and the gate failures in the validator's order.
 */
public final class EvidenceReport {

    private EvidenceReport() {
    }

    /**
     * The validator's gate errors in its words and order: failed workload rows (by their own pass flags), then each
     * KPI p95 ratio over its target. Empty when the validator's gate passes.
     */
    public static List<String> gateFailures(StrictBundle bundle, GateBudgets budgets) {
        double openP95 = Kpi.p95Ratio(bundle.openBaseline(), bundle.openWithAgent());
        double connectP95 = Kpi.p95Ratio(bundle.connectBaseline(), bundle.connectWithAgent());
        List<String> failedRows = failedRows(bundle);
        List<String> gateErrors = new ArrayList<>();
        if (!failedRows.isEmpty()) {
            gateErrors.add("workload rows failed thresholds: " + String.join(", ", failedRows));
        }
        if (openP95 > budgets.maxOpenP95Ratio()) {
            gateErrors.add("open p95 ratio " + fixed(openP95, 6) + " exceeds target " + fixed(budgets.maxOpenP95Ratio(), 6));
        }
        if (connectP95 > budgets.maxConnectP95Ratio()) {
            gateErrors.add("connect p95 ratio " + fixed(connectP95, 6) + " exceeds target "
                    + fixed(budgets.maxConnectP95Ratio(), 6));
        }
        return gateErrors;
    }

    private static List<String> failedRows(StrictBundle bundle) {
        return bundle.workload().stream().filter(row -> !row.pass()).map(Comparison::name).toList();
    }

    public static String render(StrictBundle bundle, GateBudgets budgets) {
        ProfileMeasurement openBase = bundle.openBaseline();
        ProfileMeasurement openAgent = bundle.openWithAgent();
        ProfileMeasurement connectBase = bundle.connectBaseline();
        ProfileMeasurement connectAgent = bundle.connectWithAgent();
        double openP95 = Kpi.p95Ratio(openBase, openAgent);
        double connectP95 = Kpi.p95Ratio(connectBase, connectAgent);
        List<String> failedRows = failedRows(bundle);
        List<String> gateErrors = gateFailures(bundle, budgets);
        List<String> lines = new ArrayList<>();
        lines.add("# Perf Evidence Report");
        lines.add("");
        profile(lines, "Open", openBase, openAgent);
        lines.add("");
        profile(lines, "Connect", connectBase, connectAgent);
        lines.add("");
        lines.add("## Workload suite rows");
        for (Comparison row : bundle.workload()) {
            lines.add("- `" + row.name() + "`: delta_pct=`" + python(row.deltaPct()) + "` max_allowed_pct=`"
                    + python(row.maxAllowedPct()) + "` pass=`" + (row.pass() ? "True" : "False") + "`");
        }
        lines.add("");
        lines.add("## KPI gates");
        lines.add("- open_p95_ratio: `" + fixed(openP95, 6) + "` (target <= `" + fixed(budgets.maxOpenP95Ratio(), 6) + "`)");
        lines.add("- connect_p95_ratio: `" + fixed(connectP95, 6) + "` (target <= `"
                + fixed(budgets.maxConnectP95Ratio(), 6) + "`)");
        lines.add("- workload_failed_rows: `" + (failedRows.isEmpty() ? "none" : String.join(", ", failedRows)) + "`");
        lines.add("- gate_status: `" + (gateErrors.isEmpty() ? "pass" : "fail") + "`");
        if (!gateErrors.isEmpty()) {
            lines.add("");
            lines.add("## Gate failures");
            gateErrors.forEach(error -> lines.add("- " + error));
        }
        return String.join("\n", lines) + "\n";
    }

    private static void profile(List<String> lines, String title, ProfileMeasurement baseline,
            ProfileMeasurement withAgent) {
        lines.add("## " + title + " profile");
        lines.add("- baseline_us_per_op: `" + python(baseline.usPerOp()) + "`");
        lines.add("- with_agent_us_per_op: `" + python(withAgent.usPerOp()) + "`");
        lines.add("- ratio: `" + fixed(Kpi.ratio(baseline.usPerOp(), withAgent.usPerOp()), 3) + "`");
        lines.add("- p50/p95/p99 (with agent): `" + python(withAgent.p50Us()) + "` / `" + python(withAgent.p95Us())
                + "` / `" + python(withAgent.p99Us()) + "`");
    }
}
