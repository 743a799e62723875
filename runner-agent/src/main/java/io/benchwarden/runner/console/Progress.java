package io.benchwarden.runner.console;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.benchwarden.runner.nativeio.LibC;

/**
 * Progress of a long phase on stderr, in one of three ways ({@link Mode}): a line redrawn in place on a terminal;
 * plain lines for CI logs and pipes (one when the phase starts, one at each step, and a "still measuring" line
 * whenever {@link #HEARTBEAT} has gone by without one, so a log never goes quiet for long); or nothing. Stdout is
 * never touched, so drop-in output stays byte-identical.
 *
 * <p>The heartbeat thread is started with the progress, before the bench thread pins itself, so it has the
 * process's full CPU mask and the session moves it off the bench CPU with the JVM's other threads.
 */
public final class Progress implements AutoCloseable {

    public static final Duration HEARTBEAT = Duration.ofSeconds(10);

    /** {@code auto} is {@code tty} when stderr is a terminal, else {@code plain}. */
    public enum Mode {
        AUTO, TTY, PLAIN, NONE
    }

    private static final int STDERR = 2;

    private final PrintWriter err;
    private final Mode mode;
    private final long heartbeatNanos;
    private final ScheduledExecutorService heartbeat;
    private String phase;
    private int total;
    private int done;
    private long startNanos;
    private long lastLineNanos;

    public Progress(PrintWriter err, Mode mode, Duration heartbeat) {
        this.err = err;
        this.mode = mode == Mode.AUTO ? (LibC.isatty(STDERR) == 1 ? Mode.TTY : Mode.PLAIN) : mode;
        this.heartbeatNanos = heartbeat.toNanos();
        this.heartbeat = this.mode == Mode.PLAIN ? Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "progress-heartbeat");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (this.heartbeat != null) {
            long tick = Math.max(1, heartbeat.toMillis() / 10);
            this.heartbeat.scheduleAtFixedRate(this::beat, tick, tick, TimeUnit.MILLISECONDS);
        }
    }

    public static Progress of(PrintWriter err, Mode mode) {
        return new Progress(err, mode, HEARTBEAT);
    }

    /** The mode in use, {@code auto} resolved. */
    public Mode mode() {
        return mode;
    }

    public synchronized void start(String phase, int total) {
        this.phase = phase;
        this.total = Math.max(1, total);
        this.done = 0;
        this.startNanos = System.nanoTime();
        print();
    }

    /** The phase needs more steps than it said at its start (adaptive rounds). */
    public synchronized void total(int total) {
        this.total = Math.max(this.done, total);
    }

    public synchronized void step() {
        done++;
        print();
    }

    public synchronized void done() {
        if (mode == Mode.TTY) {
            err.print("\r\033[K");
            err.flush();
        }
        phase = null;
    }

    @Override
    public void close() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
    }

    static String line(String phase, int done, int total, long elapsedNanos) {
        String eta = done == 0 ? "--:--" : clock(elapsedNanos / done * (total - done));
        return String.format(Locale.ROOT, "%s: %d/%d (%d%%) ETA %s", phase, done, total, done * 100 / total, eta);
    }

    private synchronized void beat() {
        long now = System.nanoTime();
        if (phase != null && now - lastLineNanos >= heartbeatNanos) {
            plainLine(String.format(Locale.ROOT, "%s: %d/%d, still measuring after %s", phase, done, total,
                    clock(now - startNanos)));
        }
    }

    private void print() {
        String line = line(phase, done, total, System.nanoTime() - startNanos);
        if (mode == Mode.TTY) {
            err.print("\r\033[K" + line);
            err.flush();
        }
        else if (mode == Mode.PLAIN) {
            plainLine(line);
        }
    }

    private void plainLine(String line) {
        err.println(line);
        err.flush();
        lastLineNanos = System.nanoTime();
    }

    private static String clock(long nanos) {
        long seconds = Math.round(nanos / 1e9);
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
