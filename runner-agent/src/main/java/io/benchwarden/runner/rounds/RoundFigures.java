package io.benchwarden.runner.rounds;

import io.benchwarden.contract.Rounding;
import io.benchwarden.contract.stats.Percentiles.LatencySummary;
import io.benchwarden.runner.bench.Measurement;

/** The figures of one round of one workload on one side, rounded the way the reference JSON rounds them. */
public record RoundFigures(long iterations, double seconds, double usPerOp, double p50Us, double p95Us, double p99Us) {

    public static RoundFigures of(Measurement measurement) {
        LatencySummary latency = measurement.latency();
        return new RoundFigures(measurement.iterations(), Rounding.round(measurement.seconds(), 6),
                Rounding.round2(measurement.usPerOp()), latency.p50Us(), latency.p95Us(), latency.p99Us());
    }
}
