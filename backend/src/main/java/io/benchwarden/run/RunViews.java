package io.benchwarden.run;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.benchwarden.contract.gate.GateRow;
import io.benchwarden.contract.gate.RowInterval;
import io.benchwarden.contract.gate.StrictGate;
import io.benchwarden.noise.NoiseFloor;

/** The JSON shapes of the run API (snake_case on the wire). */
public final class RunViews {

    private RunViews() {
    }

    public record IngestResponse(long id, String url, StrictView strict) {
    }

    public record StrictView(String status, List<GateRowView> rows) {
    }

    /**
     * @param budgetSource the project's budgets ("defaults", "budgets v3") or the artifact's stricter own limit
     * @param confidence "certain" or "inconclusive" against the budget where the runner measured the row in rounds;
     *     null for one pass per side
     * @param interval the value's interval in the row's unit, with its level and rounds; null with confidence
     */
    private static final Set<String> SIDED_METRICS = Set.of(StrictGate.P95_RATIO,
            StrictGate.P95_OVERHEAD_PCT, StrictGate.DELTA_PCT);

    public record GateRowView(String scenario, String metric, double value, double budget, String comparator,
            String unit, String status, String evidence, String budgetSource, String confidence,
            RowInterval interval) {

        static GateRowView of(GateRow row) {
            return new GateRowView(row.scenario(), row.metric(), row.value(), row.budget(), row.comparator(),
                    row.unit(), row.status(), row.evidence(), row.budgetSource(),
                    row.interval() == null ? null : row.interval().confidence(), row.interval());
        }

        /**
         * Whether the row puts a with-agent side against a baseline (a p95 ratio, overhead or delta), so that without
         * an interval it was measured in one pass per side; counts, soak and artifact rows have no sides.
         */
        public boolean comparesSides() {
            return SIDED_METRICS.contains(metric);
        }
    }

    public record RunSummary(long id, String project, String branch, String commit, String runner, String ciRunId,
            Instant startedAt, Instant ingestedAt, String status, String url) {
    }

    public record RunPage(List<RunSummary> runs, String next) {
    }

    public record ProfileView(String kind, boolean withAgent, long iterations, double seconds, double usPerOp,
            double p50Us, double p95Us, double p99Us, String file, String host, Integer port) {
    }

    public record ComparisonView(String source, String name, double baselineUsPerOp, double withAgentUsPerOp,
            double deltaUsPerOp, double deltaPct, double maxAllowedPct, boolean pass) {
    }

    /** @param hostname, architecture, logicalCores, memTotalKib from environment.json; null when the run had none */
    public record HostView(String kernelRelease, String os, String cpuModel, String filesystem, String governor,
            String hostname, String architecture, Integer logicalCores, Long memTotalKib) {
    }

    /**
     * @param extra a file the perf contract does not know, kept as uploaded
     * @param prunedAt when retention removed the bytes (the SHA-256 still names them); {@code null} while kept
     */
    public record ArtifactView(String name, String sha256, String url, boolean extra, Instant prunedAt) {
    }

    /** Something wrong with the accepted run that is not malformed input: which file, where, what. */
    public record FindingView(String artifact, String field, String message) {
    }

    /** A verdict an uploaded gate file states, and whether it is the service's. */
    public record UploadedVerdict(String artifact, String claims, boolean agrees) {
    }

    /**
     * @param findings pass flags that disagree with their numbers, uploaded gate files that claim another verdict
     * @param rounds the p95 ratios' intervals, for profiles the runner measured in rounds (empty otherwise)
     * @param noiseFloor the run's perf host's noise floor as of the run's start, with the rows it cannot judge
     * @param distributions open's and connect's latency distributions, for profiles that carry a histogram (the
     *     runner's; the reference scripts record none)
     */
    public record RunDetail(RunSummary run, StrictView strict, List<FindingView> findings,
            List<UploadedVerdict> uploadedVerdicts, HostView host, List<ProfileView> profiles,
            List<ComparisonView> comparisons, Object soak, List<ArtifactView> artifacts, List<RoundsEvidence> rounds,
            NoiseFloor noiseFloor, List<Distribution> distributions) {
    }

    /** One syscall's latency distributions, baseline and with agent. */
    public record Distribution(String kind, List<DistributionSide> sides) {
    }

    /**
     * @param operations the operations the side's histogram holds
     * @param points the share of the operations slower than each latency (see {@link LatencyTails})
     */
    public record DistributionSide(String label, boolean withAgent, long operations, List<TailPoint> points) {
    }

    /** @param share of the side's operations that took longer than {@code latencyUs} (0..1) */
    public record TailPoint(double latencyUs, double share) {
    }

    public static StrictView strict(StrictRun run) {
        return new StrictView(run.getStatus(),
                run.getGateRows().stream().map(GateRowEntity::toGateRow).map(GateRowView::of).toList());
    }
}
