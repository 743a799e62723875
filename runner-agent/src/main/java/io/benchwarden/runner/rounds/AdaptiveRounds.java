package io.benchwarden.runner.rounds;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.benchwarden.contract.rounds.Certainty;
import io.benchwarden.contract.rounds.RatioInterval;
import io.benchwarden.contract.rounds.RoundsStop;
import io.benchwarden.runner.bench.WorkloadKind;

/**
 * The stopping rule of {@code run}: measure the planned rounds; then, while any gate row's 95 % interval straddles
 * its budget ({@link Certainty#INCONCLUSIVE}), one more block of rounds, up to {@code max}. Rows whose interval is
 * already on one side of their budget cost no extra rounds; only a row near its budget does, and more rounds narrow
 * its interval by about the square root of their number.
 */
public final class AdaptiveRounds implements RoundsPolicy {

    /**
     * One gate row as the stopping rule sees it: which workload's rounds, which ratio of them, and the budget as a
     * ratio (a 10 % budget is 1.10).
     */
    public record Row(String name, WorkloadKind kind, Function<WorkloadRounds, RatioInterval> ratio, double budget) {

        public static Row p95(String name, WorkloadKind kind, double budget) {
            return new Row(name, kind, WorkloadRounds::p95Ratio, budget);
        }

        public static Row usPerOp(String name, WorkloadKind kind, double budget) {
            return new Row(name, kind, WorkloadRounds::usPerOpRatio, budget);
        }

        public Certainty certainty(Map<WorkloadKind, WorkloadRounds> results) {
            return Certainty.of(ratio.apply(results.get(kind)), budget);
        }
    }

    private final int planned;
    private final int max;
    private final List<Row> rows;
    private RoundsStop stop;

    public AdaptiveRounds(int planned, int max, List<Row> rows) {
        if (max < planned) {
            throw new IllegalArgumentException("MAX_ROUNDS (" + max + ") must be at least ROUNDS (" + planned + ")");
        }
        this.planned = planned;
        this.max = max;
        this.rows = List.copyOf(rows);
    }

    @Override
    public boolean wantsAnother(int roundsDone, Map<WorkloadKind, WorkloadRounds> results) {
        if (roundsDone < planned) {
            return true;
        }
        if (rows.stream().allMatch(row -> row.certainty(results) == Certainty.CERTAIN)) {
            stop = new RoundsStop(planned, max, roundsDone, RoundsStop.ALL_CERTAIN);
            return false;
        }
        if (roundsDone >= max) {
            stop = new RoundsStop(planned, max, roundsDone, RoundsStop.MAX_ROUNDS);
            return false;
        }
        return true;
    }

    /** How many rounds were measured and why they stopped; known once the session has run. */
    public RoundsStop stop() {
        if (stop == null) {
            throw new IllegalStateException("the session has not stopped yet");
        }
        return stop;
    }

    public List<Row> rows() {
        return rows;
    }
}
