package io.benchwarden.runner.command;

import io.benchwarden.contract.fixtures.Examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.runner.artifacts.ArtifactFiles;
import io.benchwarden.runner.artifacts.RunMetadataFile;
import io.benchwarden.runner.upload.CommitStatus;
import tools.jackson.databind.JsonNode;

class UploadCommandTests {

    private static final String EXAMPLES = Examples.strictRunDirectory().toString();

    @TempDir
    Path spool;

    @TempDir
    Path work;

    @Test
    void shouldPostEveryArtifactAsAPartAndPrintTheRun() throws Exception {
        try (FakeService service = FakeService.answering(0, 201,
                "{\"id\":42,\"url\":\"http://x/runs/42\",\"strict\":{\"status\":\"fail\"}}")) {
            CommandRunner.Result result = upload(service.url(), EXAMPLES, "--commit", "abcdef1", "--ci-run-id", "ci-7");

            // the stored run failed the service's gate: the step fails as the reference gate's step does
            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.GATE_FAILED);
            assertThat(result.err()).contains("strict gate failed the run");
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
    void shouldSendTheFilesAWorkflowAddedAndNameEachOneLeftBehind() throws Exception {
        for (var artifact : ArtifactFiles.readKnown(Path.of(EXAMPLES)).entrySet()) {
            Files.write(work.resolve(artifact.getKey()), artifact.getValue());
        }
        Files.writeString(work.resolve("perf-notes.md"), "# what this run changed");
        for (int i = 2; i <= 17; i++) {
            Files.writeString(work.resolve(String.format("extra-%02d.txt", i)), "extra " + i);
        }
        Files.createDirectory(work.resolve("logs"));
        Files.writeString(work.resolve(".hidden"), "x");
        new RunMetadataFile(Instant.parse("2026-11-30T08:15:00Z"), Instant.parse("2026-11-30T08:15:30Z")).writeTo(work);
        try (FakeService service = FakeService.answering(0, 201, "{\"id\":1,\"url\":\"u\",\"strict\":{\"status\":\"pass\"}}")) {
            CommandRunner.Result result = upload(service.url(), work.toString());

            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
            String body = service.bodies.get(0);
            // 17 files beyond the contract, in name order: extra-02 … extra-17, then perf-notes.md, the 17th, stays
            assertThat(body).contains("filename=\"extra-02.txt\"").contains("filename=\"extra-17.txt\"")
                    .doesNotContain("perf-notes.md").doesNotContain("filename=\"logs\"")
                    .doesNotContain(".hidden").doesNotContain(RunMetadataFile.NAME);
            assertThat(result.err()).contains("warning: not uploaded: perf-notes.md: the service keeps at most 16 extra files")
                    .contains("warning: not uploaded: logs: not a regular file")
                    .contains("warning: not uploaded: .hidden: is not a plain file name");
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

    @Test
    void shouldExitZeroOnAFailedGateWhenToldNotToFail() throws Exception {
        try (FakeService service = FakeService.answering(0, 201, "{\"id\":3,\"url\":\"u\",\"strict\":{\"status\":\"fail\"}}")) {
            assertThat(upload(service.url(), EXAMPLES, "--no-fail-on-gate").exitCode()).isEqualTo(ExitCodes.OK);
        }
    }

    @Test
    void shouldSendTheMeasuredStartTimeAndKeepItWhenTheBundleIsSpooledAndFlushedLater() throws Exception {
        Path run = work;
        for (var artifact : ArtifactFiles.readKnown(Path.of(EXAMPLES)).entrySet()) {
            Files.write(run.resolve(artifact.getKey()), artifact.getValue());
        }
        new RunMetadataFile(Instant.parse("2026-11-30T08:15:00Z"), Instant.parse("2026-11-30T08:15:30Z")).writeTo(run);
        int port;
        try (FakeService down = FakeService.answering(0, 503, "{}")) {
            port = down.port();
            assertThat(upload(down.url(), run.toString()).exitCode()).isEqualTo(ExitCodes.UPLOAD_SPOOLED);
            assertThat(down.bodies.get(0)).contains("name=\"started_at\"\r\n\r\n2026-11-30T08:15:00Z\r\n");
        }
        try (FakeService up = FakeService.answering(port, 201, "{\"id\":1,\"url\":\"u\",\"strict\":{\"status\":\"pass\"}}")) {
            CommandRunner.Result flushed = CommandRunner.run(Map.of("BENCHWARDEN_TOKEN", "s3cret"), "flush", "--server",
                    up.url(), "--spool-dir", spool.toString());

            assertThat(flushed.exitCode()).as(flushed.err()).isEqualTo(ExitCodes.OK);
            assertThat(up.bodies.get(0)).contains("name=\"started_at\"\r\n\r\n2026-11-30T08:15:00Z\r\n")
                    .doesNotContain(RunMetadataFile.NAME);
        }
    }

    @Test
    void shouldTakeBranchAndCommitFromTheCiEnvironment() throws Exception {
        try (FakeService service = FakeService.answering(0, 201, "{\"id\":1,\"url\":\"u\",\"strict\":{\"status\":\"pass\"}}")) {
            CommandRunner.Result result = CommandRunner.run(Map.of("BENCHWARDEN_TOKEN", "s3cret", "GITHUB_REF_NAME", "main",
                    "GITHUB_SHA", "0123456789abcdef0123456789abcdef01234567"), "upload", EXAMPLES, "--server",
                    service.url(), "--project", "agent", "--spool-dir", spool.toString());

            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
            assertThat(result.err()).doesNotContain("warning");
            assertThat(service.bodies.get(0)).contains("name=\"branch\"\r\n\r\nmain\r\n")
                    .contains("name=\"commit\"\r\n\r\n0123456789abcdef0123456789abcdef01234567\r\n");
        }
    }

    @Test
    void shouldSetTheCommitsStatusFromThePromotionAnswer() throws Exception {
        String sha = "0123456789abcdef0123456789abcdef01234567";
        try (FakeService service = FakeService.answering(0, 201,
                "{\"id\":42,\"url\":\"http://bw/runs/42\",\"strict\":{\"status\":\"fail\"}}")
                .alsoAnswering("/api/v1/promotion", 200, "{\"promotable\":false,\"classification\":\"blocked\","
                        + "\"reasons\":[\"audit_mode_connect p95_ratio 1.29 > 1.05\"]}");
                FakeService github = FakeService.answering(0, 500, "{}").alsoAnswering("/repos", 201, "{}")) {
            Path summary = work.resolve("summary.md");
            CommandRunner.Result result = CommandRunner.run(Map.of("BENCHWARDEN_TOKEN", "s3cret", "GITHUB_REPOSITORY",
                    "acme/agent", "GITHUB_TOKEN", "ghs_t0ken", "GITHUB_API_URL", github.url(), "GITHUB_SHA", sha,
                    "GITHUB_REF_NAME", "main", "GITHUB_STEP_SUMMARY", summary.toString()), "upload", EXAMPLES,
                    "--server", service.url(), "--project", "agent", "--spool-dir", spool.toString(), "--commit-status",
                    "--no-fail-on-gate");

            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
            assertThat(service.otherRequests).containsExactly(
                    "GET /api/v1/promotion?project=agent&commit=" + sha + "\nBearer s3cret\n");
            String[] post = github.otherRequests.get(0).split("\n", 3);
            assertThat(post[0]).isEqualTo("POST /repos/acme/agent/statuses/" + sha);
            assertThat(post[1]).isEqualTo("Bearer ghs_t0ken");
            JsonNode body = StrictJson.mapper().readTree(post[2]);
            assertThat(body.get("state").asString()).isEqualTo("failure");
            assertThat(body.get("context").asString()).isEqualTo("benchwarden/promotion");
            assertThat(body.get("target_url").asString()).isEqualTo("http://bw/runs/42");
            assertThat(body.get("description").asString()).isEqualTo("blocked: audit_mode_connect p95_ratio 1.29 > 1.05");
            assertThat(Files.readString(summary)).contains("blocked: audit_mode_connect p95_ratio 1.29 > 1.05");
        }
    }

    @Test
    void shouldRefuseCommitStatusWithoutTheGitHubSettingsBeforeUploading() throws Exception {
        try (FakeService service = FakeService.answering(0, 201, "{}")) {
            CommandRunner.Result result = upload(service.url(), EXAMPLES, "--commit", "abcdef1", "--commit-status");

            assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(result.err()).contains("--commit-status needs GITHUB_REPOSITORY");
            assertThat(service.bodies).isEmpty();
        }
    }

    @Test
    void shouldMapAwaitingStrictToAPendingStatus() {
        assertThat(new CommitStatus.Promotion(false, "awaiting_strict", List.of()).state()).isEqualTo("pending");
        assertThat(new CommitStatus.Promotion(true, "promotable", List.of()).state()).isEqualTo("success");
        assertThat(new CommitStatus.Promotion(false, "blocked", List.of("x")).line()).isEqualTo("blocked: x");
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
