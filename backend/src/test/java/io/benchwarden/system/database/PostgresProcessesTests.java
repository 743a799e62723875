package io.benchwarden.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Clearing the way for a start with real processes: a PostgreSQL server left running on our data directory is
 * shut down, while a process that merely has its pid in our {@code postmaster.pid} — another program, or another
 * data directory's PostgreSQL — is never signalled.
 */
class PostgresProcessesTests {

    @Test
    void shouldShutDownAServerLeftRunningOnItsDataDirectory(@TempDir Path pgdata) throws IOException {
        try (EmbeddedPostgres leftover = EmbeddedPostgres.builder().setDataDirectory(pgdata)
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start()) {
            PostgresProcesses processes = new PostgresProcesses(pgdata);
            long postmaster = processes.recordedPostmaster().orElseThrow();
            assertThat(processes.postmasterRunning()).isTrue();
            assertThat(processes.all()).as("the postmaster and its background processes").contains(postmaster)
                    .hasSizeGreaterThan(1);

            processes.stopLeftovers();

            assertThat(processes.isOurs(postmaster)).as("postmaster still running").isFalse();
            assertThat(processes.all()).isEmpty();
            assertThat(processes.postmasterRunning()).isFalse();
        }
    }

    /** A smart shutdown waits for connected sessions; one that never ends must not hold up the start. */
    @Test
    void shouldKillALeftoverServerThatDoesNotShutDownWithinTheGracePeriod(@TempDir Path pgdata) throws Exception {
        try (EmbeddedPostgres leftover = EmbeddedPostgres.builder().setDataDirectory(pgdata)
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
                Connection session = leftover.getPostgresDatabase().getConnection()) {
            PostgresProcesses processes = new PostgresProcesses(pgdata, Duration.ofSeconds(1));
            long postmaster = processes.recordedPostmaster().orElseThrow();

            long started = System.nanoTime();
            processes.stopLeftovers();

            assertThat(processes.isOurs(postmaster)).as("postmaster still running").isFalse();
            assertThat(processes.all()).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waited for the grace period first")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    void shouldLeaveAnUnrelatedProcessAloneAndDropThePidFileThatNamesIt(@TempDir Path pgdata) throws Exception {
        // Started in the data directory, so only the executable tells it apart from a PostgreSQL of ours.
        Process stranger = new ProcessBuilder("sleep", "60").directory(pgdata.toFile()).start();
        try {
            writePidFile(pgdata, stranger.pid());
            PostgresProcesses processes = new PostgresProcesses(pgdata);
            assertThat(processes.isOurs(stranger.pid())).isFalse();

            processes.stopLeftovers();

            assertThat(stranger.isAlive()).as("the unrelated process").isTrue();
            assertThat(pgdata.resolve("postmaster.pid")).as("the stale pid file").doesNotExist();
        }
        finally {
            stranger.destroyForcibly();
        }
    }

    @Test
    void shouldLeaveAnotherDataDirectorysServerAlone(@TempDir Path directory) throws IOException {
        Path otherData = Files.createDirectories(directory.resolve("other"));
        Path pgdata = Files.createDirectories(directory.resolve("ours"));
        try (EmbeddedPostgres other = EmbeddedPostgres.builder().setDataDirectory(otherData)
                .setRegisterShutdownHook(false).start()) {
            long otherPostmaster = new PostgresProcesses(otherData).recordedPostmaster().orElseThrow();
            writePidFile(pgdata, otherPostmaster);
            PostgresProcesses processes = new PostgresProcesses(pgdata);
            assertThat(processes.isOurs(otherPostmaster)).as("a postgres, but of another data directory").isFalse();

            processes.stopLeftovers();

            assertThat(JdbcClient.create(other.getPostgresDatabase()).sql("SELECT 1").query(Integer.class).single())
                    .as("the other server still answers").isEqualTo(1);
        }
    }

    private static void writePidFile(Path pgdata, long pid) throws IOException {
        // The layout PostgreSQL writes: pid, data directory, start time, port, ...
        Files.write(pgdata.resolve("postmaster.pid"), List.of(Long.toString(pid), pgdata.toString(), "0", "5432"));
    }
}
