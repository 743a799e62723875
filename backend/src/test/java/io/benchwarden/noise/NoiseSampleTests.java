package io.benchwarden.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.contract.model.StrictBundle;
import io.benchwarden.contract.rounds.RatioInterval;
import io.benchwarden.contract.validation.BundleValidator;
import io.benchwarden.support.RunnerBundles;
import io.benchwarden.support.RunnerBundles.Interval;
import org.junit.jupiter.api.Test;

/** One statistic for both sources: half the width of a ratio's 95 % interval. */
class NoiseSampleTests {

    private static StrictBundle bundle(java.util.Map<String, byte[]> artifacts) {
        return BundleValidator.validate(artifacts).bundle();
    }

    private static byte[] calibration(List<Double> open, List<Double> connect, String usPerOp) {
        return ("""
                {"schema":"benchwarden.noise-calibration","schema_version":1,"runs":%d,"rounds_per_run":10,
                 "gate_p95_ratio":1.05,"false_fails":1,
                 "open_p95_ratio":{"median":1.0,"min":0.98,"max":1.02,"iqr":0.02,"false_fails":0,"ratios":%s},
                 "connect_p95_ratio":{"median":1.0,"min":0.98,"max":1.06,"iqr":0.02,"false_fails":1,"ratios":%s}%s}"""
                .formatted(open.size(), open, connect, usPerOp)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldTakeHalfTheWidthOfEachIntervalTheRunnerMeasured() {
        var measured = RunnerBundles.measuredInRounds(new Interval(0.99, 1.06), new Interval(1.01, 1.04),
                new Interval(1.00, 1.04));

        NoiseSample sample = NoiseSample.ofRounds(bundle(measured)).orElseThrow();

        // (1.06 - 0.99) / 2, (1.04 - 1.01) / 2, (1.04 - 1.00) / 2
        assertThat(sample.source()).isEqualTo(NoiseSample.HISTORY);
        assertThat(sample.openP95Spread()).isCloseTo(0.035, within(1e-12));
        assertThat(sample.connectP95Spread()).isCloseTo(0.015, within(1e-12));
        assertThat(sample.usPerOpSpread()).isCloseTo(0.02, within(1e-12));
        assertThat(sample.runs()).isEqualTo(1);
    }

    @Test
    void shouldTellNothingOfARunFromTheReferenceScripts() {
        assertThat(NoiseSample.ofRounds(bundle(Examples.strictRun()))).isEmpty();
        assertThat(NoiseSample.halfWidth(new RatioInterval(1, Double.NaN, 1.1, 0.95, null, Double.NaN, 0))).isNull();
    }

    @Test
    void shouldTakeTheCentralNinetyFivePercentOfTheAaRatiosLinearBetweenRanks() {
        // sorted 0.98 0.99 1.00 1.01 1.02: the 2.5th percentile at rank 4 x 0.025 = 0.1, 0.98 + 0.1 x 0.01 = 0.981;
        // the 97.5th at rank 3.9, 1.01 + 0.9 x 0.01 = 1.019; half of 1.019 - 0.981
        assertThat(NoiseSample.centralHalfWidth(List.of(1.00, 1.01, 0.99, 1.02, 0.98))).isCloseTo(0.019, within(1e-12));
        // 0.990, 0.991, ..., 1.010 (21 values): ranks 0.5 and 19.5, so 0.9905 and 1.0095
        List<Double> evenly = IntStream.rangeClosed(0, 20).mapToObj(i -> 0.99 + i * 0.001).toList();
        assertThat(NoiseSample.centralHalfWidth(evenly)).isCloseTo(0.0095, within(1e-12));
    }

    @Test
    void shouldTakeACalibrationsSpreadsWithItsFalseFailsAndGate() {
        List<Double> open = List.of(1.00, 1.01, 0.99, 1.02, 0.98);
        List<Double> connect = List.of(1.00, 1.02, 0.98, 1.04, 0.96);
        byte[] artifact = calibration(open, connect, """
                ,"open_us_per_op_ratio":{"median":1.0,"min":0.99,"max":1.01,"iqr":0.01,"false_fails":0,
                  "ratios":[1.0,1.0,1.0,1.0,1.0]}""");

        NoiseSample sample = NoiseSample.ofCalibration(artifact, 5).orElseThrow();

        assertThat(sample.source()).isEqualTo(NoiseSample.CALIBRATION);
        assertThat(sample.openP95Spread()).isCloseTo(0.019, within(1e-12));
        // twice the open ratios' distances from 1: twice the spread
        assertThat(sample.connectP95Spread()).isCloseTo(0.038, within(1e-12));
        assertThat(sample.usPerOpSpread()).isZero();
        assertThat(sample.runs()).isEqualTo(5);
        assertThat(sample.falseFails()).isEqualTo(1);
        assertThat(sample.gateP95Ratio()).isEqualTo(1.05);
    }

    @Test
    void shouldNotJudgeAHostFromACalibrationOfTooFewRuns() {
        byte[] four = calibration(List.of(1.0, 1.0, 1.0, 1.0), List.of(1.0, 1.0, 1.0, 1.0), "");
        assertThat(NoiseSample.ofCalibration(four, 5)).isEmpty();
        byte[] withoutUsPerOp = calibration(List.of(1.0, 1.0, 1.0, 1.0, 1.0), List.of(1.0, 1.0, 1.0, 1.0, 1.0), "");
        assertThat(NoiseSample.ofCalibration(withoutUsPerOp, 5).orElseThrow().usPerOpSpread()).isNull();
        assertThat(NoiseSample.ofCalibration("not json".getBytes(StandardCharsets.UTF_8), 5)).isEmpty();
    }
}
