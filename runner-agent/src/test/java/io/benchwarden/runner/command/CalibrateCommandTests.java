package io.benchwarden.runner.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.gate.BudgetDefaults;
import io.benchwarden.contract.rounds.NoiseCalibration;

class CalibrateCommandTests {

    @TempDir
    Path dir;

    @Test
    void shouldWriteTheNoiseFloorOfRepeatedAaRuns() throws Exception {
        CommandRunner.Result result = CommandRunner.run(CommandRunner.small("ROUNDS", "3", "BLOCK_ROUNDS", "3"), "calibrate", "--runs", "2",
                "--idle-cmd", "sleep 1000", "--out", dir.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        NoiseCalibration calibration = NoiseCalibration.read(Files.readAllBytes(dir.resolve(ArtifactNames.NOISE_CALIBRATION)))
                .orElseThrow();
        assertThat(calibration.runs()).isEqualTo(2);
        assertThat(calibration.openP95().ratios()).hasSize(2);
        assertThat(calibration.openP95().min()).isLessThanOrEqualTo(calibration.openP95().median());
        // A run is a false fail when either of its p95 ratios is over the gate: recount it from the ratios written.
        double gate = BudgetDefaults.KPI_P95_RATIO;
        long expected = IntStream.range(0, 2).filter(run -> calibration.openP95().ratios().get(run) > gate
                || calibration.connectP95().ratios().get(run) > gate).count();
        assertThat(calibration.falseFails()).isEqualTo(expected);
        assertThat(calibration.openP95().falseFails())
                .isEqualTo(calibration.openP95().ratios().stream().filter(ratio -> ratio > gate).count());
        assertThat(result.out()).contains("false fails: " + expected + " of 2 A/A runs");
        assertThat(calibration.openUsPerOp().ratios()).hasSize(2);
        assertThat(calibration.estimator()).isEqualTo("paired_median_of_rounds");
        assertThat(calibration.timing()).isEqualTo("native_loop");
        assertThat(calibration.runsRoundsP95Us()).hasSize(2);
        assertThat(calibration.runsRoundsP95Us().get(1).get("connect_loopback").baseline()).hasSize(3);
        assertThat(calibration.runsRoundsP95Us().get(1).get("open_close").withAgent()).hasSize(3);
    }
}
