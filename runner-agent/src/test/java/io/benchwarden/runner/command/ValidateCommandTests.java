package io.benchwarden.runner.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.benchwarden.contract.fixtures.Examples;

/** The exit codes of validate_perf_artifacts.py, on the reference's own strict run and on copies of it. */
class ValidateCommandTests {

    private static final Path EXAMPLES = Examples.strictRunDirectory();

    @TempDir
    Path dir;

    @Test
    void shouldExitOneOnTheReferenceRunWhoseConnectRatioIsOverItsTarget() throws Exception {
        Path report = dir.resolve("report/perf-evidence-report.md");
        CommandRunner.Result result = CommandRunner.run(Map.of(), "validate", EXAMPLES.toString(), "--report",
                report.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(result.out()).contains("valid (10 artifacts")
                .contains("- connect_p95_ratio: `1.287504` (target <= `1.050000`)")
                .contains("- gate_status: `fail`")
                .endsWith("connect p95 ratio 1.287504 exceeds target 1.050000\n");
        assertThat(Files.readString(report)).startsWith("# Perf Evidence Report\n")
                .contains("- open_p95_ratio: `0.662614` (target <= `1.050000`)").doesNotContain("valid (");
    }

    @Test
    void shouldExitZeroOnTheSameRunWithTheSchemaOnlyOrALooserTarget() {
        CommandRunner.Result schema = CommandRunner.run(Map.of(), "validate", EXAMPLES.toString(), "--schema-only");
        CommandRunner.Result looser = CommandRunner.run(Map.of(), "validate", EXAMPLES.toString(),
                "--max-connect-p95-ratio", "1.3");

        assertThat(schema.exitCode()).as(schema.err()).isEqualTo(ExitCodes.OK);
        assertThat(schema.out()).doesNotContain("KPI gates");
        assertThat(looser.exitCode()).as(looser.err()).isEqualTo(ExitCodes.OK);
        assertThat(looser.out()).contains("- gate_status: `pass`");
    }

    @Test
    void shouldExitOneWhenAWorkloadRowFailedItsThreshold() throws Exception {
        copyExamples();
        String suite = Files.readString(dir.resolve("workload_suite.json"));
        Files.writeString(dir.resolve("workload_suite.json"), suite.replace(
                "\"delta_pct\":1.96,\"max_allowed_pct\":15.0,\"pass\":true", "\"delta_pct\":1.96,\"max_allowed_pct\":1.0,\"pass\":false"));

        CommandRunner.Result result = CommandRunner.run(Map.of(), "validate", dir.toString(), "--max-connect-p95-ratio", "2");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(result.out()).endsWith("workload rows failed thresholds: open_close\n");
    }

    @Test
    void shouldListEveryProblemAndExitTwoForMalformedInput() throws Exception {
        copyExamples();
        Files.writeString(dir.resolve("open_with_agent.json"),
                "{\"iterations\":30000,\"seconds\":0.1,\"us_per_op\":4.65,\"p50_us\":4.26,\"p95_us\":12.1,\"p99_us\":11.9,"
                        + "\"file\":\"/etc/hosts\",\"with_agent\":true}");
        Files.delete(dir.resolve("fs-type.txt"));

        for (String mode : new String[] { "--schema-only", "--report=" + dir.resolve("r.md") }) {
            CommandRunner.Result result = CommandRunner.run(Map.of(), "validate", dir.toString(), mode);

            assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(result.err()).contains("open_with_agent.json: ").contains("p95_us").contains("fs-type.txt")
                    .contains("invalid (2 problem(s))");
        }
        assertThat(dir.resolve("r.md")).doesNotExist();
    }

    private void copyExamples() throws Exception {
        try (var files = Files.list(EXAMPLES)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
    }
}
