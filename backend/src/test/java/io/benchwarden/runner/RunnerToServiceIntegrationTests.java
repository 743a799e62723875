package io.benchwarden.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The runner and the service together: a real {@code run} on this machine is accepted by ingest, and an upload
 * while the service is unreachable is spooled and later flushed into exactly one stored run.
 */
class RunnerToServiceIntegrationTests extends ApiTestSupport {

    /** Small enough for CI, large enough for every percentile; an idle process stands in for the agent. */
    private static final Map<String, String> SMALL = Map.ofEntries(Map.entry("ITERATIONS", "200"),
            Map.entry("OPEN_ITERATIONS", "600"), Map.entry("CONNECT_ITERATIONS", "300"),
            Map.entry("READ_ITERATIONS", "300"), Map.entry("STAT_SAMPLE", "20"), Map.entry("STAT_ITERATIONS", "3"),
            Map.entry("WARMUP", "50"), Map.entry("AGENT_SETTLE_MS", "100"), Map.entry("AGENT_CMD", "sleep 1000"),
            // three rounds in one block, and passes as small as the iteration counts above ask for
            Map.entry("ROUNDS", "3"), Map.entry("BLOCK_ROUNDS", "3"), Map.entry("MIN_PASS_OPERATIONS", "1"));

    private record Result(int exitCode, String out, String err) {
    }

    private static Result runner(Map<String, String> environment, String... args) {
        CommandLine commandLine = RunnerMain.commandLine(environment);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new Result(commandLine.execute(args), out.toString(), err.toString());
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void shouldIngestWhatTheRunnerProducesOnThisMachine(@TempDir Path out, @TempDir Path spool) {
        String project = newProject("runner-e2e");
        // exactly the three planned rounds: the page below names their number
        Result run = runner(SMALL, "run", "--out", out.toString(), "--quiet", "--max-rounds", "3");
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        for (String name : ArtifactNames.CONTRACT) {
            assertThat(out.resolve(name)).as(name).exists();
        }

        Map<String, String> env = new HashMap<>(SMALL);
        env.put("BENCHWARDEN_TOKEN", TOKEN);
        Result upload = runner(env, "upload", out.toString(), "--server", "http://localhost:" + port, "--project",
                project, "--branch", "main", "--commit", "0123abc", "--ci-run-id", "e2e-1", "--spool-dir",
                spool.toString());
        // upload fails the step exactly when the service's gate failed the run, as the runner's own gate did
        assertThat(upload.exitCode()).as(upload.err() + upload.out()).isEqualTo(run.exitCode());
        assertThat(runsOf(project)).isEqualTo(1);
        String status = jdbc.sql("SELECT r.status FROM strict_run r JOIN project p ON p.id = r.project_id WHERE p.name = ?")
                .param(project).query(String.class).single();
        assertThat(status).isEqualTo(run.exitCode() == 0 ? "pass" : "fail");
        long id = jdbc.sql("SELECT r.id FROM strict_run r JOIN project p ON p.id = r.project_id WHERE p.name = ?")
                .param(project).query(Long.class).single();
        // the runner measured in rounds, so the run page gives each p95 ratio its interval
        assertThat(get("/runs/" + id).body()).contains("open p95 ratio: 95 % interval ")
                .contains("connect p95 ratio: 95 % interval ").contains(" over 3 interleaved rounds (paired median of rounds;");
    }

    @Test
    void shouldSpoolWhileTheServiceIsUnreachableAndFlushExactlyOnce(@TempDir Path spool) throws Exception {
        String project = newProject("runner-spool");
        Path bundle = io.benchwarden.contract.fixtures.Examples.strictRunDirectory();
        Map<String, String> env = new HashMap<>();
        env.put("BENCHWARDEN_TOKEN", TOKEN);

        Result down = runner(env, "upload", bundle.toString(), "--server", "http://localhost:" + closedPort(),
                "--project", project, "--branch", "main", "--commit", "0123abc", "--spool-dir", spool.toString(), "--attempts", "2",
                "--retry-delay-ms", "1");
        assertThat(down.exitCode()).isEqualTo(3);
        assertThat(runsOf(project)).isZero();
        try (var entries = Files.list(spool)) {
            assertThat(entries.count()).isEqualTo(1);
        }

        Result flushed = runner(env, "flush", "--server", "http://localhost:" + port, "--spool-dir", spool.toString(),
                "--retry-delay-ms", "1");
        assertThat(flushed.exitCode()).as(flushed.err()).isZero();
        Result again = runner(env, "flush", "--server", "http://localhost:" + port, "--spool-dir", spool.toString(),
                "--retry-delay-ms", "1");
        assertThat(again.exitCode()).isZero();
        assertThat(runsOf(project)).isEqualTo(1);
        try (var entries = Files.list(spool)) {
            assertThat(entries.count()).isZero();
        }
    }
}
