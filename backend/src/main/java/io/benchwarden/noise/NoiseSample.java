package io.benchwarden.noise;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.benchwarden.contract.model.StrictBundle;
import io.benchwarden.contract.rounds.NoiseCalibration;
import io.benchwarden.contract.rounds.RatioInterval;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * What one run tells about the noise of its host, in one statistic for both sources: the <b>spread</b> of a ratio
 * is half the width of its 95 % interval, how far noise alone moves the ratio the gate judges, either way.
 *
 * <ul>
 * <li>A run the runner measured in rounds ({@link #HISTORY}): half the width of the runner's 95 % interval of the
 * paired median over the round pairs — the with-agent profiles' {@code p95_ratio}, the open compare's
 * {@code us_per_op_ratio}.</li>
 * <li>A calibration ({@link #CALIBRATION}): its A/A runs are repeated runs with nothing to measure, so their ratios
 * are draws of the same ratio under noise alone; the 95 % interval is their central 95 % (the 2.5th to the 97.5th
 * percentile, linear between ranks), and the spread half its width.</li>
 * </ul>
 *
 * @param runs 1 for a run; for a calibration, the A/A runs its spreads are over
 * @param falseFails and {@code gateP95Ratio}: a calibration's A/A runs over the gate; null for a run
 */
record NoiseSample(String source, Double openP95Spread, Double connectP95Spread, Double usPerOpSpread, int runs,
        Long falseFails, Double gateP95Ratio) {

    static final String HISTORY = "history";
    static final String CALIBRATION = "calibration";

    /** The interval's level; the central share of a calibration's ratios that stands for it. */
    static final double LEVEL = RatioInterval.LEVEL;

    /** The run's own intervals, when the runner measured any of the three ratios in rounds. */
    static Optional<NoiseSample> ofRounds(StrictBundle bundle) {
        Double open = halfWidth(bundle.openWithAgent().p95Interval());
        Double connect = halfWidth(bundle.connectWithAgent().p95Interval());
        Double usPerOp = halfWidth(bundle.openCompare().usPerOpInterval());
        if (Stream.of(open, connect, usPerOp).allMatch(spread -> spread == null)) {
            return Optional.empty();
        }
        return Optional.of(new NoiseSample(HISTORY, open, connect, usPerOp, 1, null, null));
    }

    /**
     * A calibration's spreads, when it holds the ratios of at least {@code minRuns} A/A runs for both p95 ratios: fewer
     * repetitions say too little about the tails, as fewer recent runs would.
     */
    static Optional<NoiseSample> ofCalibration(byte[] artifact, int minRuns) {
        return NoiseCalibration.read(artifact)
                .filter(c -> c.openP95().ratios().size() >= minRuns && c.connectP95().ratios().size() >= minRuns)
                .map(c -> new NoiseSample(CALIBRATION, centralHalfWidth(c.openP95().ratios()),
                        centralHalfWidth(c.connectP95().ratios()),
                        c.openUsPerOp() == null || c.openUsPerOp().ratios().size() < minRuns ? null
                                : centralHalfWidth(c.openUsPerOp().ratios()),
                        c.openP95().ratios().size(), c.falseFails(), c.gateP95Ratio()));
    }

    /** Half the width of an interval; null without one or with ends that are not numbers in order. */
    static Double halfWidth(RatioInterval interval) {
        if (interval == null || !(interval.high() >= interval.low())) {
            return null;
        }
        return (interval.high() - interval.low()) / 2;
    }

    /** Half the width of the central {@link #LEVEL} of the ratios, percentiles interpolated linearly (R's type 7). */
    static double centralHalfWidth(List<Double> ratios) {
        double[] values = ratios.stream().mapToDouble(Double::doubleValue).toArray();
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(values);
        double tail = (1 - LEVEL) / 2 * 100;
        return (percentile.evaluate(100 - tail) - percentile.evaluate(tail)) / 2;
    }
}
