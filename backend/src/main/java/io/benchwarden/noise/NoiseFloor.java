package io.benchwarden.noise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.benchwarden.contract.gate.GateRow;
import io.benchwarden.contract.gate.StrictGate;

/**
 * The noise floor of a run's perf host as it stood when the run started: how far noise alone moves the ratios the
 * gate judges (spreads as in {@link NoiseSample}), from the host's latest calibration when there is a recent one,
 * else from its recent runs measured in rounds, else none.
 *
 * @param source {@code calibration}, {@code history} or {@code none}
 * @param runner the perf host; null when the run named none
 * @param p95RatioSpread the larger of the open and connect p95 ratio spreads
 * @param usPerOpSpread the open compare's us_per_op ratio spread
 * @param runs the calibration's A/A runs, the recent runs the history is over, or for none the recent runs found
 * @param windowDays how far back a calibration or a recent run may lie
 * @param minRuns the recent runs a history needs
 * @param calibration the calibration this floor comes from; null unless the source is a calibration
 * @param warnings the run's gate rows whose budget this host's noise cannot judge
 */
public record NoiseFloor(String source, String runner, Double p95RatioSpread, Double openP95RatioSpread,
        Double connectP95RatioSpread, Double usPerOpSpread, int runs, int windowDays, int minRuns,
        Calibration calibration, List<NoiseWarning> warnings) {

    public static final String NONE = "none";

    /**
     * @param runId the run the calibration travelled with
     * @param falseFails its A/A runs over {@code gateP95Ratio}
     */
    public record Calibration(long runId, Instant startedAt, Long falseFails, Double gateP95Ratio) {
    }

    public NoiseFloor {
        warnings = List.copyOf(warnings);
    }

    static NoiseFloor of(String source, String runner, Double open, Double connect, Double usPerOp, int runs,
            Calibration calibration) {
        Double p95 = open == null ? connect : open;
        if (open != null && connect != null) {
            p95 = Math.max(open, connect);
        }
        return new NoiseFloor(source, runner, p95, open, connect, usPerOp, runs, NoiseProfiles.WINDOW_DAYS,
                NoiseProfiles.MIN_RUNS, calibration, List.of());
    }

    static NoiseFloor none(String runner, int runs) {
        return of(NONE, runner, null, null, null, runs, null);
    }

    /** This floor with a warning for each of the run's rows whose budget it cannot judge. */
    public NoiseFloor judging(List<GateRow> rows) {
        List<NoiseWarning> found = new ArrayList<>();
        rows.forEach(row -> NoiseWarning.of(row, spreadOf(row)).ifPresent(found::add));
        return new NoiseFloor(source, runner, p95RatioSpread, openP95RatioSpread, connectP95RatioSpread, usPerOpSpread,
                runs, windowDays, minRuns, calibration, found);
    }

    /**
     * The spread that applies to a row: a p95 ratio's to its ratio and overhead rows, the open compare's us_per_op
     * spread to the open compare's delta; other rows measure other things and have none.
     */
    private Double spreadOf(GateRow row) {
        boolean p95 = row.metric().equals(StrictGate.P95_RATIO) || row.metric().equals(StrictGate.P95_OVERHEAD_PCT);
        return switch (row.scenario()) {
            case StrictGate.AUDIT_MODE_OPEN -> p95 ? openP95RatioSpread
                    : row.metric().equals(StrictGate.DELTA_PCT) ? usPerOpSpread : null;
            case StrictGate.AUDIT_MODE_CONNECT -> p95 ? connectP95RatioSpread : null;
            default -> null;
        };
    }
}
