package io.benchwarden.runner.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuiteCommandTests {

    @Test
    void shouldPrintOneReferenceLinePerWorkload() {
        CommandRunner.Result result = CommandRunner.run(CommandRunner.small("ROUNDS", "1", "REPEATS", "1"), "suite");

        assertThat(result.exitCode()).as(result.err()).isIn(ExitCodes.OK, ExitCodes.GATE_FAILED);
        String[] lines = result.out().strip().split("\n");
        assertThat(lines).hasSize(4);
        String number = "-?\\d+\\.\\d{2}";
        for (int i = 0; i < 4; i++) {
            assertThat(lines[i]).matches("[a-z_]+: baseline=" + number + "us with_agent=" + number + "us delta=" + number
                    + "us \\(" + number + "%\\) limit=15\\.00% pass=(yes|no)");
        }
        assertThat(lines[0]).startsWith("open_close: ");
        assertThat(lines[3]).startsWith("stat_walk: ");
    }

    @Test
    void shouldExitOneWhenARowIsOverItsBudget() {
        CommandRunner.Result result = CommandRunner.run(
                CommandRunner.small("ROUNDS", "1", "REPEATS", "1", "MAX_OPEN_PCT", "-1000", "FORMAT", "json"), "suite");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(result.out()).startsWith("{\"benchmarks\":[{\"name\":\"open_close\"").contains("\"pass\":false");
    }
}
