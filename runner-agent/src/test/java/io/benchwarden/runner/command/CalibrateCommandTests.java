package io.benchwarden.runner.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.json.StrictJson;
import tools.jackson.databind.JsonNode;

class CalibrateCommandTests {

    @TempDir
    Path dir;

    @Test
    void shouldWriteTheNoiseFloorOfRepeatedAaRuns() throws Exception {
        CommandRunner.Result result = CommandRunner.run(CommandRunner.small("ROUNDS", "3"), "calibrate", "--runs", "2",
                "--idle-cmd", "sleep 1000", "--out", dir.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        JsonNode json = StrictJson.mapper().readTree(Files.readString(dir.resolve(ArtifactNames.NOISE_CALIBRATION)));
        assertThat(json.get("runs").asInt()).isEqualTo(2);
        assertThat(json.get("open_p95_ratio").get("ratios")).hasSize(2);
        assertThat(json.get("open_p95_ratio").get("min").asDouble())
                .isLessThanOrEqualTo(json.get("open_p95_ratio").get("median").asDouble());
        assertThat(json.get("false_fails").asInt()).isBetween(0, 2);
        assertThat(json.get("open_us_per_op_ratio").get("ratios")).hasSize(2);
        assertThat(json.get("estimator").asString()).isEqualTo("paired_median_of_rounds");
        assertThat(json.get("timing").asString()).isEqualTo("native_loop");
        JsonNode perRun = json.get("runs_rounds_p95_us");
        assertThat(perRun).hasSize(2);
        assertThat(perRun.get(1).get("connect_loopback").get("baseline")).hasSize(3);
        assertThat(perRun.get(1).get("open_close").get("with_agent")).hasSize(3);
        assertThat(result.out()).contains("false fails: ");
    }
}
