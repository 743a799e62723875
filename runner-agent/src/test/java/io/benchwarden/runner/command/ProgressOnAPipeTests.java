package io.benchwarden.runner.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.benchwarden.runner.RunnerMain;
import io.benchwarden.runner.host.CpuGovernor;

/** The runner as CI starts it: its own process, stderr a pipe, no --progress given. */
class ProgressOnAPipeTests {

    @Test
    void shouldPrintAPlainLineAtEachRoundsEndWhenStderrIsAPipe() throws Exception {
        Process process = runner(Map.of("ROUNDS", "3", "REPEATS", "1", "BLOCK_ROUNDS", "1"), "suite", "--governor-ok");
        List<String> lines = new ArrayList<>();
        try (var err = process.errorReader(StandardCharsets.UTF_8)) {
            err.lines().forEach(lines::add);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(String.join("\n", lines)).isIn(ExitCodes.OK, ExitCodes.GATE_FAILED);
        assertThat(lines).noneMatch(line -> line.contains("\r") || line.contains("governor"));
        assertThat(lines.stream().filter(line -> line.startsWith("measuring interleaved rounds: ")).toList())
                .hasSize(4)
                .element(3).asString().startsWith("measuring interleaved rounds: 3/3 (100%)");
    }

    @Test
    void shouldNameTheEnvironmentVariableThatHoldsABadValue() throws Exception {
        CommandRunner.Result result = CommandRunner.run(CommandRunner.small("ITERATIONS", "abc"), "bench", "open");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).startsWith("error: ITERATIONS=abc (the environment variable behind --iterations)")
                .contains("'abc' is not an int");
        CommandRunner.Result flag = CommandRunner.run(CommandRunner.small(), "bench", "open", "--iterations", "x1");
        assertThat(flag.err()).startsWith("error: Invalid value for option '--iterations': 'x1' is not an int");
    }

    @Test
    void shouldWarnAboutTheGovernorUnlessAcknowledgedWithoutHidingProgress() {
        CommandRunner.Result warned = CommandRunner.run(CommandRunner.small("PROGRESS", "plain"), "bench", "open");
        CommandRunner.Result acknowledged = CommandRunner.run(CommandRunner.small("PROGRESS", "plain", "GOVERNOR_OK", "true"),
                "bench", "open");

        String governor = CpuGovernor.of(0);
        if (CpuGovernor.PERFORMANCE.equals(governor)) {
            assertThat(warned.err()).doesNotContain("scaling governor");
        }
        else {
            assertThat(warned.err()).contains("CPU 0 scaling governor is '" + governor + "'");
        }
        assertThat(acknowledged.err()).doesNotContain("scaling governor").contains("measuring interleaved rounds: 1/");
    }

    private static Process runner(Map<String, String> overrides, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RunnerMain.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(CommandRunner.small(flatten(overrides)));
        builder.environment().remove("PROGRESS");
        return builder.start();
    }

    private static String[] flatten(Map<String, String> map) {
        List<String> pairs = new ArrayList<>();
        map.forEach((key, value) -> {
            pairs.add(key);
            pairs.add(value);
        });
        return pairs.toArray(String[]::new);
    }
}
