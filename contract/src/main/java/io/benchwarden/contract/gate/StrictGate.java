package io.benchwarden.contract.gate;

import static io.benchwarden.contract.ArtifactNames.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.gate.GateRow.Budget;
import io.benchwarden.contract.model.Comparison;
import io.benchwarden.contract.model.SoakSummary;
import io.benchwarden.contract.model.StrictBundle;
import io.benchwarden.contract.rounds.RatioInterval;

/**
 * The one strict gate, shared by the runner and the service. First the reference SLO gate's rows
 * ({@code perf_slo_check.sh}), with its names and arithmetic, in its order: the open compare's delta, each workload
 * row, the workload suite's failed rows, the open and connect p95 overheads, and, with a soak summary, the soak's RSS
 * growth and drop rate. Then Benchwarden's own rows: the validator's KPI p95 ratios, the soak's further limits, and
 * the artifact contract. Each ratio, overhead and delta row the runner measured in rounds carries its interval and
 * whether that is certain or inconclusive against the row's budget ({@link RowInterval}).
 */
public final class StrictGate {

    public static final String AUDIT_MODE_OPEN = "audit_mode_open";
    public static final String AUDIT_MODE_CONNECT = "audit_mode_connect";
    public static final String WORKLOAD_PREFIX = "workload_";
    public static final String WORKLOAD_SUITE_SCENARIO = "workload_suite";
    public static final String SOAK_RUNTIME = "soak_runtime";
    public static final String ARTIFACT_CONTRACT = "artifact_contract";
    public static final String DELTA_PCT = "delta_pct";
    public static final String P95_OVERHEAD_PCT = "p95_overhead_pct";
    public static final String P95_RATIO = "p95_ratio";
    /** The reference gate names its evidence by the workflow's paths; rows say the same. */
    static final String PERF_DIR = "artifacts/perf/";
    static final String SOAK_EVIDENCE = "artifacts/soak/" + SOAK_SUMMARY;
    private static final String PERCENT = "%";
    private static final String COUNT = "";
    private static final String RATIO = "x";

    private StrictGate() {
    }

    /**
     * @param uploaded names of the artifacts the run has: the artifact contract row counts what was uploaded, not
     *     what the service or the runner derive from it
     */
    public static StrictVerdict evaluate(StrictBundle bundle, Collection<String> uploaded, GateBudgets budgets) {
        String project = budgets.source();
        List<GateRow> rows = new ArrayList<>();
        Comparison compare = bundle.openCompare();
        rows.add(percent(GateRow.atMost(AUDIT_MODE_OPEN, DELTA_PCT, compare.deltaPct(),
                stricterOf(budgets.maxOpenDeltaPct(), project, compare.maxAllowedPct() > 0 ? compare.maxAllowedPct() : null,
                        OPEN_COMPARE + " max_allowed_pct"), PERCENT, perf(OPEN_COMPARE)), compare.usPerOpInterval()));
        for (Comparison row : bundle.workload()) {
            rows.add(percent(GateRow.atMost(WORKLOAD_PREFIX + row.name(), DELTA_PCT, row.deltaPct(),
                    stricterOf(budgets.maxWorkloadDeltaPct(), project, row.maxAllowedPct(),
                            WORKLOAD_SUITE + " max_allowed_pct of " + row.name()), PERCENT, perf(WORKLOAD_SUITE)),
                    row.usPerOpInterval()));
        }
        // The reference counts the rows whose own pass flag is false, whatever their numbers say.
        long failedRows = bundle.workload().stream().filter(row -> !row.pass()).count();
        rows.add(GateRow.atMost(WORKLOAD_SUITE_SCENARIO, "failed_rows", failedRows,
                new Budget(budgets.maxWorkloadFailedRows(), project), COUNT, perf(WORKLOAD_SUITE)));
        RatioInterval openP95 = bundle.openWithAgent().p95Interval();
        RatioInterval connectP95 = bundle.connectWithAgent().p95Interval();
        rows.add(percent(GateRow.atMost(AUDIT_MODE_OPEN, P95_OVERHEAD_PCT,
                Kpi.p95OverheadPct(bundle.openBaseline(), bundle.openWithAgent()),
                new Budget(budgets.maxOpenP95OverheadPct(), project), PERCENT, perf(OPEN_BASELINE, OPEN_WITH_AGENT)),
                openP95));
        rows.add(percent(GateRow.atMost(AUDIT_MODE_CONNECT, P95_OVERHEAD_PCT,
                Kpi.p95OverheadPct(bundle.connectBaseline(), bundle.connectWithAgent()),
                new Budget(budgets.maxConnectP95OverheadPct(), project), PERCENT,
                perf(CONNECT_BASELINE, CONNECT_WITH_AGENT)), connectP95));
        bundle.soak().ifPresent(soak -> rows.addAll(referenceSoakRows(soak, budgets)));

        rows.add(ratio(GateRow.atMost(AUDIT_MODE_OPEN, P95_RATIO, Kpi.p95Ratio(bundle.openBaseline(), bundle.openWithAgent()),
                new Budget(budgets.maxOpenP95Ratio(), project), RATIO, perf(OPEN_BASELINE, OPEN_WITH_AGENT)), openP95));
        rows.add(ratio(GateRow.atMost(AUDIT_MODE_CONNECT, P95_RATIO,
                Kpi.p95Ratio(bundle.connectBaseline(), bundle.connectWithAgent()),
                new Budget(budgets.maxConnectP95Ratio(), project), RATIO, perf(CONNECT_BASELINE, CONNECT_WITH_AGENT)),
                connectP95));
        bundle.soak().ifPresent(soak -> rows.addAll(furtherSoakRows(soak, budgets)));
        List<String> missing = ArtifactNames.CONTRACT.stream()
                .filter(name -> !ArtifactNames.isPresent(name, uploaded)).toList();
        rows.add(GateRow.atMost(ARTIFACT_CONTRACT, "missing_artifacts", missing.size(), new Budget(0, "perf artifact "
                + "contract"), COUNT, missing.isEmpty() ? ArtifactNames.CONTRACT.size() + " required artifacts"
                        : "missing: " + String.join(", ", missing)));
        return new StrictVerdict(List.copyOf(rows));
    }

    /** A ratio row with its interval, when the runner measured one. */
    private static GateRow ratio(GateRow row, RatioInterval interval) {
        return interval == null ? row : row.withInterval(RowInterval.ofRatio(interval, row.budget()));
    }

    /** A percentage row (overhead, delta) with its ratio's interval in percent, when the runner measured one. */
    private static GateRow percent(GateRow row, RatioInterval interval) {
        return interval == null ? row : row.withInterval(RowInterval.ofPercent(interval, row.budget()));
    }

    /** The reference gate's soak rows: RSS growth in MB and its drop rate arithmetic. */
    private static List<GateRow> referenceSoakRows(SoakSummary soak, GateBudgets budgets) {
        return List.of(
                GateRow.atMost(SOAK_RUNTIME, "rss_growth_mb", soak.rssGrowthKb() / 1024.0,
                        stricterOf(budgets.maxSoakRssGrowthMb(), budgets.source(),
                                soak.maxAllowedRssGrowthKb() / 1024.0, SOAK_SUMMARY + " max_allowed_rss_growth_kb"),
                        "MB", SOAK_EVIDENCE),
                GateRow.atMost(SOAK_RUNTIME, "ringbuf_drop_rate_pct", soak.referenceDropRatePct(),
                        stricterOf(budgets.maxSoakRingbufDropRatePct(), budgets.source(),
                                soak.maxAllowedDropRatioPct(), SOAK_SUMMARY + " max_allowed_drop_ratio_pct"),
                        PERCENT, SOAK_EVIDENCE));
    }

    /**
     * What the soak script itself measured and limited: its own maximum drop ratio (against the same drop budget,
     * since the reference row's arithmetic reads keys the script does not write), the ring-buffer drops and the
     * decision volume a soak must reach to count, both against the script's own limits, which have no project
     * budget.
     */
    private static List<GateRow> furtherSoakRows(SoakSummary soak, GateBudgets budgets) {
        return List.of(
                GateRow.atMost(SOAK_RUNTIME, "max_drop_ratio_pct", soak.maxDropRatioPct(),
                        stricterOf(budgets.maxSoakRingbufDropRatePct(), budgets.source(),
                                soak.maxAllowedDropRatioPct(), SOAK_SUMMARY + " max_allowed_drop_ratio_pct"),
                        PERCENT, SOAK_EVIDENCE),
                GateRow.atMost(SOAK_RUNTIME, "max_ringbuf_drops_total", soak.maxRingbufDropsTotal(),
                        new Budget(soak.maxAllowedDrops(), SOAK_SUMMARY + " max_allowed_drops"), COUNT, SOAK_EVIDENCE),
                GateRow.atLeast(SOAK_RUNTIME, "max_decision_events", soak.maxDecisionEvents(),
                        new Budget(soak.minTotalDecisions(), SOAK_SUMMARY + " min_total_decisions"), COUNT,
                        SOAK_EVIDENCE));
    }

    /**
     * The project's budget, unless the artifact's own limit is stricter: an artifact can tighten its verdict but
     * never loosen it.
     */
    private static Budget stricterOf(double projectBudget, String projectSource, Double artifactLimit,
            String artifactSource) {
        if (artifactLimit != null && artifactLimit < projectBudget) {
            return new Budget(artifactLimit, String.format(Locale.ROOT, "%s (stricter than %s: %s)", artifactSource,
                    projectSource, Double.toString(projectBudget)));
        }
        return new Budget(projectBudget, projectSource);
    }

    private static String perf(String... names) {
        return String.join(",", java.util.Arrays.stream(names).map(name -> PERF_DIR + name).toList());
    }
}
