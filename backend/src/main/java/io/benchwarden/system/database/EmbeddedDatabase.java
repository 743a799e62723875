package io.benchwarden.system.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's own PostgreSQL 17, kept in {@code <data-dir>/pgdata}, and the watchdog that keeps it running: if
 * the postmaster dies, it is started again on the same port with the same settings, so the pool reconnects by
 * itself and health turns UP again without anyone restarting the service. A postmaster that outlived a killed
 * service is shut down before the start, so the next start succeeds at once.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    /** Crash recovery replays the WAL before the server accepts connections; that may take a while. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(1);

    private final Path pgdata;
    private final EmbeddedPostgres postgres;
    private final String password;
    private final PostgresProcesses processes;
    private final ScheduledExecutorService watchdog;
    private volatile boolean closing;
    private boolean restartFailing;

    private EmbeddedDatabase(Path pgdata, EmbeddedPostgres postgres, String password) {
        this.pgdata = pgdata;
        this.postgres = postgres;
        this.password = password;
        this.processes = new PostgresProcesses(pgdata);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-postgres-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        watchdog.scheduleWithFixedDelay(this::watch, WATCH_INTERVAL.toMillis(), WATCH_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * Starts PostgreSQL on {@code <dataDir>/pgdata}, creating the cluster on first use; its password is kept in
     * {@code <dataDir>/pgdata.password} (beside the cluster: creating one needs an empty directory).
     */
    static EmbeddedDatabase start(Path dataDir) throws IOException {
        Path pgdata = dataDir.resolve("pgdata");
        Files.createDirectories(pgdata);
        Path passwordFile = dataDir.resolve("pgdata.password");
        String password = DatabasePassword.readOrCreate(passwordFile);
        log.info("Starting embedded PostgreSQL with data in {}", pgdata);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgdata)
                .setCleanDataDirectory(false)
                // The service closes the database when its context closes, after the last request; the library's
                // own hook could stop it while requests are still being answered.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(STARTUP_WAIT)
                // Runs once the library holds the data directory's lock, i.e. no other live service uses it: a
                // postmaster still running here was left behind by a killed service and would block the start.
                .setDataDirectoryCustomizer(directory -> new PostgresProcesses(pgdata).stopLeftovers())
                .setServerConfig("max_connections", "100")
                // Acknowledged means durable: the library starts PostgreSQL with -F (fsync off) and
                // synchronous_commit=off, which lose acknowledged commits when the postmaster or the machine dies.
                // The -c settings come after -F on the command line, so they win.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // TCP only: a Unix socket's lock file in /tmp names the server's pid, and after a crash that pid can
                // linger as a zombie, which would stop the watchdog's restart. Nothing connects through it.
                .setServerConfig("unix_socket_directories", "")
                // Security by default: loopback only, and a password for every connection. The library runs
                // initdb with "-A trust"; these options come after it on initdb's command line, so they win.
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setLocaleConfig("auth-host", "scram-sha-256")
                .setLocaleConfig("auth-local", "scram-sha-256")
                .setLocaleConfig("pwfile", passwordFile.toString())
                .setConnectConfig("password", password)
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(pgdata, postgres, password);
        try {
            ClientAuthentication.enforce(pgdata, postgres.getPostgresDatabase(), password);
        }
        catch (IOException | SQLException | RuntimeException ex) {
            database.close();
            throw new IOException("could not require a password for the embedded PostgreSQL in " + pgdata, ex);
        }
        return database;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    String password() {
        return password;
    }

    private void watch() {
        if (closing || processes.postmasterRunning()) {
            return;
        }
        long started = System.nanoTime();
        log.warn("The embedded PostgreSQL of {} is not running; starting it again", pgdata);
        try {
            processes.stopLeftovers();
            restart();
            restartFailing = false;
            log.info("The embedded PostgreSQL is running again after {} ms",
                    (System.nanoTime() - started) / 1_000_000);
        }
        catch (IOException | RuntimeException ex) {
            // Retried on the next tick; the stack trace once, not every second.
            if (restartFailing) {
                log.error("Starting the embedded PostgreSQL again failed: {}", ex.getMessage());
            }
            else {
                log.error("Starting the embedded PostgreSQL again failed; retrying every second", ex);
            }
            restartFailing = true;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * {@code pg_ctl restart} starts the server with the command line recorded in {@code postmaster.opts}: the same
     * binary, port and settings the library started it with. Its output, and the server's, goes to the log.
     */
    private void restart() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        // PostgreSQL refuses to run as root; as root the library runs it in a user namespace, and so must we.
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl().toString(), "-D", pgdata.toString(), "-w", "-t",
                Long.toString(STARTUP_WAIT.toSeconds()), "restart"));
        Process pgCtl = new ProcessBuilder(command).redirectErrorStream(true).start();
        // The server inherits pg_ctl's output, so the stream stays open as long as the server runs.
        Thread output = new Thread(() -> forward(pgCtl), "embedded-postgres-output");
        output.setDaemon(true);
        output.start();
        if (!pgCtl.waitFor(STARTUP_WAIT.toSeconds() + 15, TimeUnit.SECONDS)) {
            pgCtl.destroyForcibly();
            throw new IOException("pg_ctl restart did not finish within " + STARTUP_WAIT.toSeconds() + " s");
        }
        if (pgCtl.exitValue() != 0) {
            throw new IOException("pg_ctl restart exited with " + pgCtl.exitValue() + " (its output is logged above)");
        }
    }

    /** The first word of {@code postmaster.opts} is the postgres binary; pg_ctl lies beside it. */
    private Path pgCtl() throws IOException {
        List<String> lines = Files.readAllLines(pgdata.resolve("postmaster.opts"));
        String commandLine = lines.isEmpty() ? "" : lines.get(0);
        int firstArgument = commandLine.indexOf(" \"");
        if (firstArgument < 0) {
            throw new IOException("postmaster.opts in " + pgdata + " does not record a command line");
        }
        return Path.of(commandLine.substring(0, firstArgument)).resolveSibling("pg_ctl");
    }

    private static void forward(Process process) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null;) {
                log.info("postgres: {}", line);
            }
        }
        catch (IOException ex) {
            // The server went away; nothing more to forward.
        }
    }

    /** Stops the watchdog first, so that shutting the server down is not taken for a crash. */
    @Override
    public void close() throws IOException {
        closing = true;
        watchdog.shutdownNow();
        try {
            watchdog.awaitTermination(STARTUP_WAIT.toSeconds() + 20, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        // pg_ctl stop signals whatever pid postmaster.pid names; after a crash that may be someone else's.
        if (!processes.postmasterRunning()) {
            processes.stopLeftovers();
        }
        postgres.close();
    }
}
