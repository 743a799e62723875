package io.benchwarden.runner.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.benchwarden.contract.json.StrictJson;
import tools.jackson.databind.JsonNode;

class BenchOpenCommandTests {

    @TempDir
    Path dir;

    @Test
    void shouldPrintTheReferenceTextLinesForTheEnvironmentsIterations() {
        CommandRunner.Result result = CommandRunner.run(CommandRunner.small(), "bench", "open");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        String[] lines = result.out().strip().split("\n");
        assertThat(lines).hasSize(6);
        assertThat(lines[0]).isEqualTo("iterations=200");
        assertThat(lines[1]).matches("seconds=\\d+\\.\\d{6}");
        assertThat(lines[2]).matches("us_per_op=\\d+\\.\\d{2}");
        assertThat(lines[3]).matches("p50_us=\\d+\\.\\d{2}");
        assertThat(lines[4]).matches("p95_us=\\d+\\.\\d{2}");
        assertThat(lines[5]).matches("p99_us=\\d+\\.\\d{2}");
    }

    @Test
    void shouldWriteJsonWithTheReferenceKeysToOut() throws Exception {
        Path out = dir.resolve("open.json");
        CommandRunner.Result result = CommandRunner.run(
                CommandRunner.small("FORMAT", "json", "OUT", out.toString(), "FILE", "/etc/hostname"), "bench", "open");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode json = StrictJson.mapper().readTree(Files.readString(out));
        assertThat(json.propertyNames()).containsExactly("iterations", "seconds", "us_per_op", "p50_us", "p95_us",
                "p99_us", "file", "with_agent", "repeats", "burn_in", "histogram");
        // the three recorded passes of 200 operations; the burn-in pass is not in it
        assertThat(json.get("histogram").get("count").asLong()).isEqualTo(600);
        assertThat(json.get("repeats").asInt()).isEqualTo(3);
        assertThat(json.get("burn_in").asInt()).isEqualTo(1);
        assertThat(json.get("file").asString()).isEqualTo("/etc/hostname");
        assertThat(json.get("with_agent").asBoolean()).isFalse();
        assertThat(Files.readString(out).strip()).isEqualTo(result.out().strip());
    }

    @Test
    void shouldTimeOneBurnInPassAndThenRepeatsPassesOfTheIterationsEach() {
        CommandRunner.Result result = CommandRunner.run(CommandRunner.small("REPEATS", "2", "FORMAT", "json", "PROGRESS",
                "plain"), "bench", "open");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.err()).contains("measuring interleaved rounds: 3/3 (100%)");
        JsonNode json = StrictJson.mapper().readTree(result.out());
        assertThat(json.get("iterations").asLong()).isEqualTo(200);
        assertThat(json.get("repeats").asInt()).isEqualTo(2);
    }

    @Test
    void shouldFailWithErrnoTextWhenTheFileCannotBeOpened() {
        CommandRunner.Result result = CommandRunner.run(CommandRunner.small("FILE", "/nonexistent/file"), "bench", "open");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.MEASUREMENT_FAILED);
        assertThat(result.err()).contains("open(/nonexistent/file) failed: No such file or directory");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void shouldTimeEachCallThroughJnaWhenAskedTo() {
        CommandRunner.Result result = CommandRunner.run(CommandRunner.small("TIMING", "jna_calls", "FORMAT", "json"),
                "bench", "open");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("\"iterations\":200");
        assertThat(result.err()).doesNotContain("native timing loop");
    }

    @Test
    void shouldRejectAnUnknownTiming() {
        CommandRunner.Result result = CommandRunner.run(CommandRunner.small("TIMING", "fast"), "bench", "open");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("TIMING must be one of native_loop, jna_calls, got fast");
    }

    @Test
    void shouldMeasureWithTheAgentRunningWhenWithAgentIsOne() {
        CommandRunner.Result result = CommandRunner.run(CommandRunner.small("WITH_AGENT", "1", "FORMAT", "json"),
                "bench", "open");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("\"with_agent\":true");
    }

    @Test
    void shouldRefuseWithAgentWhenTheDefaultAgentBinaryIsMissing() {
        Map<String, String> environment = CommandRunner.small("WITH_AGENT", "1", "BIN", "/nonexistent/aegisbpf");
        environment.remove("AGENT_CMD");

        CommandRunner.Result result = CommandRunner.run(environment, "bench", "open");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("Agent binary not found at /nonexistent/aegisbpf (BIN)");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void shouldNameRootAsWhatTheDefaultAgentNeedsWhenNotRoot() {
        assertThat(AgentOptions.defaultAgentProblem("/bin/true", 1000))
                .startsWith("WITH_AGENT=1 requires root (BPF + cgroup access)")
                .contains("'/bin/true run --audit'", "--agent-cmd");
        assertThat(AgentOptions.defaultAgentProblem("/bin/true", 0)).isNull();
        assertThat(AgentOptions.defaultAgentProblem("/nonexistent/aegisbpf", 0)).contains("not found at /nonexistent/aegisbpf");
    }
}
