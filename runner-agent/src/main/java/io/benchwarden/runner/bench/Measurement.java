package io.benchwarden.runner.bench;

import io.benchwarden.contract.Rounding;
import io.benchwarden.contract.rounds.RoundFigures;
import io.benchwarden.contract.stats.Percentiles;
import io.benchwarden.contract.stats.Percentiles.LatencySummary;

/**
 * What one timed loop produced: a latency sample per operation and the wall time of the whole loop, so
 * {@code us_per_op} (elapsed / iterations) and the percentiles come from the same run.
 */
public record Measurement(String workload, long[] samplesNanos, long elapsedNanos) {

    public int iterations() {
        return samplesNanos.length;
    }

    public double seconds() {
        return elapsedNanos / 1e9;
    }

    public double usPerOp() {
        return iterations() == 0 ? 0.0 : elapsedNanos / 1000.0 / iterations();
    }

    public LatencySummary latency() {
        return Percentiles.summarize(samplesNanos);
    }

    /** The pass's figures, rounded the way the reference JSON rounds them. */
    public RoundFigures figures() {
        LatencySummary latency = latency();
        return new RoundFigures(iterations(), Rounding.round(seconds(), 6), Rounding.round2(usPerOp()), latency.p50Us(),
                latency.p95Us(), latency.p99Us());
    }
}
