package io.benchwarden.runner.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTests {

    @TempDir
    Path dir;

    @Test
    void shouldPrintTheReferenceLinesAndWriteOutJson() throws Exception {
        Path json = dir.resolve("perf/open_compare.json");
        CommandRunner.Result result = CommandRunner.run(
                CommandRunner.small("REPEATS", "2", "MAX_PCT", "0", "OUT_JSON", json.toString()), "compare");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).containsPattern("(?m)^baseline_us_per_op=\\d+\\.\\d{2}$")
                .containsPattern("(?m)^with_agent_us_per_op=").containsPattern("(?m)^delta_us_per_op=")
                .containsPattern("(?m)^delta_pct=").contains("repeats=2");
        assertThat(Files.readString(json)).startsWith("{\"baseline_us_per_op\":")
                .contains("\"max_allowed_pct\":0.0,\"pass\":true}");
    }

    @Test
    void shouldRejectRepeatsBelowOne() {
        CommandRunner.Result result = CommandRunner.run(CommandRunner.small("REPEATS", "0"), "compare");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("REPEATS must be a positive integer");
    }
}
