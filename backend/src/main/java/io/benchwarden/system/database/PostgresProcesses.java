package io.benchwarden.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL processes of one data directory, as Linux's {@code /proc} shows them. A process counts as ours
 * only when its command name is {@code postgres} and its working directory is our data directory (PostgreSQL
 * changes into it at start, and its backends inherit that). The command name, not the executable's link: under a
 * user-mode emulator (an arm64 server on an x86_64 host, or the reverse) {@code exe} names the emulator, while the
 * kernel still names the process after the file it was started from. The pid recorded in {@code postmaster.pid} proves
 * nothing by itself: after a crash that number may have been given to any other process, which must never be
 * signalled. Where {@code /proc} is missing, nothing is recognised as ours and nothing is ever stopped.
 */
final class PostgresProcesses {

    private static final Logger log = LoggerFactory.getLogger(PostgresProcesses.class);
    private static final Path PROC = Path.of("/proc");
    /** A smart shutdown ends with a checkpoint; give it time before killing (which means crash recovery). */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(15);
    private static final Duration ORPHAN_GRACE = Duration.ofSeconds(5);

    private final Path pgdata;
    private final Path pidFile;
    private final Duration shutdownGrace;

    PostgresProcesses(Path pgdata) {
        this(pgdata, SHUTDOWN_GRACE);
    }

    PostgresProcesses(Path pgdata, Duration shutdownGrace) {
        this.shutdownGrace = shutdownGrace;
        try {
            this.pgdata = pgdata.toRealPath();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        this.pidFile = this.pgdata.resolve("postmaster.pid");
    }

    /** The postmaster's pid as {@code postmaster.pid} records it, if the file is there. */
    OptionalLong recordedPostmaster() {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).strip()));
        }
        catch (NoSuchFileException | NumberFormatException ex) {
            return OptionalLong.empty();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Whether the postmaster {@code postmaster.pid} names is alive (or merely stopped) and ours. */
    boolean postmasterRunning() {
        OptionalLong pid = recordedPostmaster();
        return pid.isPresent() && isOurs(pid.getAsLong());
    }

    /** Every live process of ours: the postmaster, its backends, and backends that outlived a dead postmaster. */
    List<Long> all() {
        if (!Files.isDirectory(PROC.resolve("self"))) {
            return List.of();
        }
        return ProcessHandle.allProcesses().map(ProcessHandle::pid).filter(this::isOurs).toList();
    }

    boolean isOurs(long pid) {
        Path process = PROC.resolve(Long.toString(pid));
        try {
            String stat = Files.readString(process.resolve("stat"));
            // The state follows the command name in parentheses, which may itself hold spaces or parentheses.
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            if (state == 'Z' || state == 'X') {
                return false;
            }
            // Unlike exe, the command name stays "postgres" when the binary was removed while it runs.
            return Files.readString(process.resolve("comm")).strip().equals("postgres")
                    && Files.readSymbolicLink(process.resolve("cwd")).equals(pgdata);
        }
        catch (IOException | RuntimeException ex) {
            // Gone, not ours to read, or no /proc: in every case not a process we may touch.
            return false;
        }
    }

    /**
     * Clears the way for a new postmaster when no running service owns this data directory (the caller holds its
     * lock): a postmaster left behind by a killed service gets a smart shutdown (SIGTERM), and only if it is still
     * there after the grace period SIGKILL; backends that outlived their postmaster are stopped the same way. A
     * {@code postmaster.pid} naming a live process that is not ours is removed once nothing of ours runs, since
     * PostgreSQL would otherwise refuse to start and {@code pg_ctl} would signal that stranger.
     */
    void stopLeftovers() {
        OptionalLong recorded = recordedPostmaster();
        if (recorded.isPresent() && isOurs(recorded.getAsLong())) {
            long pid = recorded.getAsLong();
            log.warn("A PostgreSQL server (pid {}) of {} outlived the service that started it; shutting it down",
                    pid, pgdata);
            stop(List.of(pid), shutdownGrace);
        }
        List<Long> orphans = all();
        if (!orphans.isEmpty()) {
            log.warn("PostgreSQL processes {} of {} outlived their server; stopping them", orphans, pgdata);
            stop(orphans, ORPHAN_GRACE);
        }
        if (recorded.isPresent() && ProcessHandle.of(recorded.getAsLong()).isPresent()
                && !isOurs(recorded.getAsLong()) && all().isEmpty()) {
            log.warn("{} names pid {}, which is not a PostgreSQL server of this data directory; removing the stale "
                    + "file and leaving that process alone", pidFile, recorded.getAsLong());
            try {
                Files.deleteIfExists(pidFile);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }

    /** SIGTERM, wait; then SIGKILL whatever is still ours, wait. Each pid is checked again before each signal. */
    private void stop(List<Long> pids, Duration grace) {
        signal(pids, ProcessHandle::destroy);
        if (awaitGone(pids, grace)) {
            return;
        }
        log.warn("PostgreSQL processes of {} still running after {} s; killing them", pgdata, grace.toSeconds());
        signal(pids, ProcessHandle::destroyForcibly);
        if (!awaitGone(pids, ORPHAN_GRACE)) {
            throw new IllegalStateException("PostgreSQL processes " + pids.stream().filter(this::isOurs).toList()
                    + " of " + pgdata + " survived SIGKILL");
        }
    }

    private void signal(List<Long> pids, Consumer<ProcessHandle> signal) {
        pids.stream().filter(this::isOurs).forEach(pid -> ProcessHandle.of(pid).ifPresent(signal));
    }

    /** Polls rather than {@code onExit()}: a zombie nobody reaps would keep that waiting for ever. */
    private boolean awaitGone(List<Long> pids, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pids.stream().anyMatch(this::isOurs)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
