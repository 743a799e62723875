package io.benchwarden.run;

import java.util.Optional;

import io.benchwarden.contract.rounds.NoiseCalibration;

/**
 * The host's A/A noise floor from the runner's {@code calibrate} ({@code noise_calibration.json}, travelling with
 * the run): how far the p95 ratio strays with an idle stand-in agent, and how often that alone fails the gate.
 * Shown next to a verdict so a reader can tell a 1.06 from the host's everyday wobble.
 */
public record NoiseFloor(int runs, double gate, Spread open, Spread connect, long falseFails) {

    public record Spread(double median, double min, double max, double iqr) {

        static Spread of(NoiseCalibration.Spread spread) {
            return new Spread(spread.median(), spread.min(), spread.max(), spread.iqr());
        }
    }

    static Optional<NoiseFloor> from(byte[] artifact) {
        return NoiseCalibration.read(artifact).map(calibration -> new NoiseFloor(calibration.runs(),
                calibration.gateP95Ratio(), Spread.of(calibration.openP95()), Spread.of(calibration.connectP95()),
                calibration.falseFails()));
    }
}
