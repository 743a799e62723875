package io.benchwarden.runner.command;

import io.benchwarden.contract.fixtures.Examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.benchwarden.contract.ArtifactNames;

class UploadCommandTests {

    private static final String EXAMPLES = Examples.strictRunDirectory().toString();

    @TempDir
    Path spool;

    @Test
    void shouldPostEveryArtifactAsAPartAndPrintTheRun() throws Exception {
        try (FakeService service = FakeService.answering(0, 201,
                "{\"id\":42,\"url\":\"http://x/runs/42\",\"strict\":{\"status\":\"fail\"}}")) {
            CommandRunner.Result result = upload(service.url(), EXAMPLES, "--commit", "abcdef1", "--ci-run-id", "ci-7");

            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
            assertThat(result.out()).contains("run 42 http://x/runs/42 (strict gate: fail)");
            assertThat(service.authorizations).containsExactly("Bearer s3cret");
            String body = service.bodies.get(0);
            for (String name : ArtifactNames.REQUIRED_INPUTS) {
                assertThat(body).contains("name=\"" + name + "\"; filename=\"" + name + "\"");
            }
            assertThat(body).contains("name=\"project\"\r\n\r\nagent\r\n").contains("name=\"ci_run_id\"\r\n\r\nci-7\r\n");
            // No --runner: the host's own name (uname's nodename, as `hostname` prints it) is sent.
            String hostName = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
            assertThat(body).contains("name=\"runner\"\r\n\r\n" + hostName + "\r\n");
        }
    }

    @Test
    void shouldSendTheRunnerNameGivenInsteadOfTheHostName() throws Exception {
        try (FakeService service = FakeService.answering(0, 201, "{\"id\":1,\"url\":\"u\",\"strict\":{\"status\":\"pass\"}}")) {
            CommandRunner.Result result = upload(service.url(), EXAMPLES, "--runner", "perf-host-7");

            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
            assertThat(service.bodies.get(0)).contains("name=\"runner\"\r\n\r\nperf-host-7\r\n");
        }
    }

    @Test
    void shouldPrintTheServersErrorsAndExitFourWithoutRetrying() throws Exception {
        try (FakeService service = FakeService.answering(0, 422,
                "{\"errors\":[{\"artifact\":\"open_with_agent.json\",\"field\":\"/p95_us\",\"message\":\"is greater than p99_us\"}]}")) {
            CommandRunner.Result result = upload(service.url(), EXAMPLES);

            assertThat(result.exitCode()).isEqualTo(ExitCodes.UPLOAD_REJECTED);
            assertThat(result.err()).contains("HTTP 422").contains("open_with_agent.json: /p95_us is greater than p99_us");
            assertThat(service.bodies).hasSize(1);
            assertThat(spool).isEmptyDirectory();
        }
    }

    @Test
    void shouldSpoolWhenTheServiceIsDownAndFlushExactlyOnceWhenItIsBack() throws Exception {
        int port;
        try (FakeService probe = FakeService.answering(0, 500, "{}")) {
            port = probe.port();
            CommandRunner.Result failing = upload(probe.url(), EXAMPLES);
            assertThat(failing.exitCode()).isEqualTo(ExitCodes.UPLOAD_SPOOLED);
            assertThat(probe.bodies).hasSize(3);
        }
        CommandRunner.Result down = upload("http://127.0.0.1:" + port, EXAMPLES);
        assertThat(down.exitCode()).isEqualTo(ExitCodes.UPLOAD_SPOOLED);
        assertThat(down.err()).contains("spooled to " + spool);

        try (FakeService service = FakeService.answering(port, 201, "{\"id\":1,\"url\":\"u\",\"strict\":{\"status\":\"pass\"}}")) {
            CommandRunner.Result flushed = CommandRunner.run(Map.of("BENCHWARDEN_TOKEN", "s3cret"), "flush", "--server",
                    service.url(), "--spool-dir", spool.toString(), "--retry-delay-ms", "1");

            assertThat(flushed.exitCode()).as(flushed.err()).isEqualTo(ExitCodes.OK);
            assertThat(service.bodies).hasSize(2);
            assertThat(flushed.out()).contains("flushed 2 spooled bundle(s); 0 left");
            assertThat(spool).isEmptyDirectory();
        }
    }

    private CommandRunner.Result upload(String server, String directory, String... extra) {
        String[] args = new String[] { "upload", directory, "--server", server, "--project", "agent", "--spool-dir",
                spool.toString(), "--attempts", "3", "--retry-delay-ms", "1" };
        String[] all = new String[args.length + extra.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return CommandRunner.run(Map.of("BENCHWARDEN_TOKEN", "s3cret"), all);
    }
}
