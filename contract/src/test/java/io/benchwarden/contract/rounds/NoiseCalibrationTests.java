package io.benchwarden.contract.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NoiseCalibrationTests {

    @Test
    void shouldReadBackWhatItWrites() {
        NoiseCalibration.Spread open = new NoiseCalibration.Spread(1.0, 0.9964, 1.0036, 0.0, 0, List.of(1.0, 0.9964, 1.0036));
        NoiseCalibration.Spread connect = new NoiseCalibration.Spread(0.993, 0.9766, 1.0523, 0.0071, 1,
                List.of(0.993, 0.9766, 1.0523));
        NoiseCalibration written = new NoiseCalibration(3, 30, ProfileRounds.PAIRED_MEDIAN_OF_ROUNDS, "sleep infinity",
                "native_loop", "unknown", 1.05, Map.of("open_close", 5000), open, connect, open, 1,
                List.of(Map.of("open_close", new NoiseCalibration.Sides(List.of(2.8, 2.9), List.of(2.8, 2.8)))));

        String json = written.toJson();

        assertThat(json).startsWith("{\"schema\":\"benchwarden.noise-calibration\",\"schema_version\":1,\"runs\":3,")
                .contains("\"runs_rounds_p95_us\":[{\"open_close\":{\"baseline\":[2.8,2.9],\"with_agent\":[2.8,2.8]}}]")
                .endsWith("\n");
        assertThat(NoiseCalibration.read(json.getBytes(StandardCharsets.UTF_8))).contains(written);
    }

    @Test
    void shouldReadACalibrationWithoutItsOptionalParts() {
        String json = """
                {"runs":20,"open_p95_ratio":{"median":0.9941,"min":0.9738,"max":1.0925,"iqr":0.0059},
                 "connect_p95_ratio":{"median":0.9984,"min":0.9686,"max":1.0302,"iqr":0.0151},"false_fails":1}""";

        NoiseCalibration calibration = NoiseCalibration.read(json.getBytes(StandardCharsets.UTF_8)).orElseThrow();

        assertThat(calibration.gateP95Ratio()).isEqualTo(1.05);
        assertThat(calibration.openP95().max()).isEqualTo(1.0925);
        assertThat(calibration.openP95().ratios()).isEmpty();
        assertThat(calibration.openUsPerOp()).isNull();
        assertThat(calibration.falseFails()).isEqualTo(1);
        assertThat(calibration.runsRoundsP95Us()).isEmpty();
    }

    @Test
    void shouldReadNothingFromAFileThatIsNoCalibration() {
        assertThat(NoiseCalibration.read("{\"runs\":\"many\"}".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(NoiseCalibration.read("not json".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
