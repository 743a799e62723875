package io.benchwarden.system;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.runner.RunnerMain;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.benchwarden.support.ApiTestSupport;
import io.benchwarden.support.Bundles;
import io.benchwarden.support.TcpProxy;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away while the service runs, and comes back. The service reaches its PostgreSQL through a
 * relay the test cuts: ingest must answer 503 with Retry-After within seconds and store nothing, health must say
 * the database is down, and once the relay is restored both must recover without a restart.
 */
class DatabaseOutageIntegrationTests extends ApiTestSupport {

    private static final EmbeddedPostgres POSTGRES = start();
    private static final TcpProxy PROXY = new TcpProxy(POSTGRES.getPort());

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + PROXY.port() + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "1500");
        registry.add("spring.datasource.hikari.validation-timeout", () -> "1000");
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        PROXY.close();
        POSTGRES.close();
    }

    @Test
    void shouldAnswer503WhileTheDatabaseIsUnreachableAndRecoverWithoutRestart() {
        String project = newProject("outage");
        assertThat(upload(Bundles.passingStrictRun(), Map.of("project", project, "ci_run_id", "before")).status())
                .isEqualTo(201);

        PROXY.cut();
        try {
            long started = System.nanoTime();
            Reply refused = upload(Bundles.passingStrictRun(), Map.of("project", project, "ci_run_id", "during"));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(refused.status()).as(refused.body()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isNotBlank();
            assertThat(refused.json().get("error").stringValue()).isEqualTo("database_unavailable");
            assertThat(millis).as("time to answer 503").isLessThan(5_000);

            Reply health = get("/actuator/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().at("/components/db/status").stringValue()).isEqualTo("DOWN");
        }
        finally {
            PROXY.restore();
        }

        awaitDatabase();
        assertThat(runsWithCiRunId(project, "during")).isZero();
        Reply health = get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().at("/components/db/status").stringValue()).isEqualTo("UP");
        Reply retried = upload(Bundles.passingStrictRun(), Map.of("project", project, "ci_run_id", "during"));
        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertThat(runsOf(project)).isEqualTo(2);
    }

    /** End to end: the runner meets the outage as 503s, spools the bundle, and a later flush stores it once. */
    @Test
    void shouldLetTheRunnerSpoolDuringTheOutageAndFlushExactlyOneRunAfterIt(@TempDir Path spool) throws IOException {
        String project = newProject("outage-runner");
        Path bundle = Examples.strictRunDirectory();
        String server = "http://localhost:" + port;
        PROXY.cut();
        try {
            int exit = runner("upload", bundle.toString(), "--server", server, "--project", project, "--branch", "main",
                    "--commit", "0a1b2c3", "--ci-run-id", "outage-1", "--spool-dir", spool.toString(), "--attempts", "2",
                    "--retry-delay-ms", "10");
            assertThat(exit).as("upload failed and spooled").isEqualTo(3);
        }
        finally {
            PROXY.restore();
        }
        awaitDatabase();
        try (var spooled = Files.list(spool)) {
            assertThat(spooled.count()).isEqualTo(1);
        }
        assertThat(runsOf(project)).isZero();

        assertThat(runner("flush", "--server", server, "--spool-dir", spool.toString())).isZero();
        assertThat(runner("flush", "--server", server, "--spool-dir", spool.toString())).isZero();
        assertThat(runsOf(project)).isEqualTo(1);
        try (var spooled = Files.list(spool)) {
            assertThat(spooled.count()).isZero();
        }
    }

    /** The pool notices the restored relay on its next attempts; wait for health to say so, up to 15 s. */
    private void awaitDatabase() {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (get("/actuator/health").status() != 200) {
            assertThat(System.nanoTime()).as("database back within 15 s").isLessThan(deadline);
            try {
                Thread.sleep(200);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static int runner(String... args) {
        CommandLine commandLine = RunnerMain.commandLine(Map.of("BENCHWARDEN_TOKEN", TOKEN));
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        return commandLine.execute(args);
    }

    private long runsWithCiRunId(String project, String ciRunId) {
        return jdbc.sql("SELECT count(*) FROM strict_run r JOIN project p ON p.id = r.project_id "
                + "WHERE p.name = ? AND r.ci_run_id = ?").params(project, ciRunId).query(Long.class).single();
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
