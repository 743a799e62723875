package io.benchwarden.runner.console;

import java.io.PrintWriter;

/**
 * A one-line progress report with an ETA on stderr for long phases. Silent when stderr is not a terminal
 * (CI logs, pipes) or with {@code --quiet}, so drop-in output stays byte-identical.
 */
public final class Progress {

    private final PrintWriter err;
    private final boolean enabled;
    private String phase;
    private int total;
    private int done;
    private long startNanos;

    public Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    public static Progress forTerminal(PrintWriter err, boolean quiet) {
        return new Progress(err, !quiet && System.console() != null);
    }

    public void start(String phase, int total) {
        this.phase = phase;
        this.total = Math.max(1, total);
        this.done = 0;
        this.startNanos = System.nanoTime();
        print();
    }

    public void step() {
        done++;
        print();
    }

    public void done() {
        if (enabled) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    static String line(String phase, int done, int total, long elapsedNanos) {
        String eta = done == 0 ? "--:--" : clock(elapsedNanos / done * (total - done));
        return String.format("%s: %d/%d (%d%%) ETA %s", phase, done, total, done * 100 / total, eta);
    }

    private void print() {
        if (enabled) {
            err.print("\r\033[K" + line(phase, done, total, System.nanoTime() - startNanos));
            err.flush();
        }
    }

    private static String clock(long nanos) {
        long seconds = Math.round(nanos / 1e9);
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
