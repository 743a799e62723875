package io.benchwarden.run;

import java.time.Instant;
import java.util.List;

import io.benchwarden.contract.gate.GateRow;

/** The JSON shapes of the run API (snake_case on the wire). */
public final class RunViews {

    private RunViews() {
    }

    public record IngestResponse(long id, String url, StrictView strict) {
    }

    public record StrictView(String status, List<GateRowView> rows) {
    }

    public record GateRowView(String scenario, String metric, double value, double budget, String comparator,
            String unit, String status, String evidence) {

        static GateRowView of(GateRow row) {
            return new GateRowView(row.scenario(), row.metric(), row.value(), row.budget(), row.comparator(),
                    row.unit(), row.status(), row.evidence());
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

    /** @param noiseFloor the A/A calibration that travelled with the run; {@code null} when it had none */
    public record HostView(String kernelRelease, String os, String cpuModel, String filesystem, String governor,
            NoiseFloor noiseFloor) {
    }

    /** @param prunedAt when retention removed the bytes (the SHA-256 still names them); {@code null} while kept */
    public record ArtifactView(String name, String sha256, String url, Instant prunedAt) {
    }

    /** @param rounds the p95 ratios' intervals, for profiles the runner measured in rounds (empty otherwise) */
    public record RunDetail(RunSummary run, StrictView strict, String uploadedSummaryNote, HostView host,
            List<ProfileView> profiles, List<ComparisonView> comparisons, Object soak, List<ArtifactView> artifacts,
            List<RoundsEvidence> rounds) {
    }

    public static StrictView strict(StrictRun run) {
        return new StrictView(run.getStatus(),
                run.getGateRows().stream().map(GateRowEntity::toGateRow).map(GateRowView::of).toList());
    }
}
