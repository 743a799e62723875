package io.benchwarden.runner.command;

import io.benchwarden.contract.fixtures.Examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTests {

    private static final Path EXAMPLES = Examples.strictRunDirectory();

    @TempDir
    Path dir;

    @Test
    void shouldAcceptTheReferenceExampleBundle() {
        CommandRunner.Result result = CommandRunner.run(Map.of(), "validate", EXAMPLES.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("valid (10 artifacts");
    }

    @Test
    void shouldListEveryProblemAndExitTwo() throws Exception {
        try (var files = Files.list(EXAMPLES)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        Files.writeString(dir.resolve("open_with_agent.json"),
                "{\"iterations\":30000,\"seconds\":0.1,\"us_per_op\":4.65,\"p50_us\":4.26,\"p95_us\":12.1,\"p99_us\":11.9,"
                        + "\"file\":\"/etc/hosts\",\"with_agent\":true}");
        Files.delete(dir.resolve("fs-type.txt"));

        CommandRunner.Result result = CommandRunner.run(Map.of(), "validate", dir.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("open_with_agent.json: ").contains("p95_us").contains("fs-type.txt")
                .contains("invalid (2 problem(s))");
    }
}
