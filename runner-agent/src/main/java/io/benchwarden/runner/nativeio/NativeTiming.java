package io.benchwarden.runner.nativeio;

import java.util.Optional;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * The timed loops of {@code src/main/c/bw_timing.c}, bound with JNA direct mapping: one JNA call runs a whole
 * loop, each operation timed in C with {@code clock_gettime(CLOCK_MONOTONIC)}, so the harness between two clock
 * reads is the same as a C program's. JNA finds {@code libbwtiming.so} on the classpath (the build puts it
 * under JNA's platform folder, e.g. {@code linux-x86-64/}).
 *
 * <p>Every loop fills {@code samples} (nanoseconds, one per timed operation) and {@code result}: [0] the timed
 * loop's wall time in nanoseconds, and when a call failed [1] the failing operation's index (negative in the
 * warm-up) and [2] which call ({@link #callName(long)}); [3] the stat loop's failing path index. It returns 0 or
 * {@code -errno}. Arrays are copied in and out by JNA around the call, never inside the timed region.
 */
public final class NativeTiming {

    public static final String LIBRARY = "bwtiming";
    public static final int RESULT_SLOTS = 4;

    private static final String LOAD_FAILURE;

    static {
        String failure = null;
        try {
            Native.register(NativeTiming.class, LIBRARY);
        }
        catch (UnsatisfiedLinkError | RuntimeException e) {
            // JNA lists every place it looked; the first line says what is missing
            failure = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getName());
        }
        LOAD_FAILURE = failure;
    }

    private NativeTiming() {
    }

    /** Whether the native loops can be called; when not, {@link #loadFailure()} says why. */
    public static boolean available() {
        return LOAD_FAILURE == null;
    }

    public static Optional<String> loadFailure() {
        return Optional.ofNullable(LOAD_FAILURE);
    }

    /** The name of the call a loop reports as failed in {@code result[2]}. */
    public static String callName(long call) {
        return switch ((int) call) {
            case 1 -> "open";
            case 2 -> "read";
            case 3 -> "close";
            case 4 -> "socket";
            case 5 -> "connect";
            case 6 -> "stat";
            default -> "call " + call;
        };
    }

    /** The harness baseline: an empty operation between the two clock reads. */
    public static native int bw_empty_loop(int warmup, int n, long[] samples, long[] result);

    public static native int bw_open_close_loop(Pointer path, Pointer oneByte, int warmup, int n, long[] samples,
            long[] result);

    public static native int bw_full_read_loop(Pointer path, Pointer buffer, long bufferSize, int warmup, int n,
            long[] samples, long[] result);

    public static native int bw_connect_loop(Pointer address, int addressLength, int warmup, int n, long[] samples,
            long[] result);

    /** {@code next} is one int in native memory: the path index to start at, updated to where the loop stopped. */
    public static native int bw_stat_loop(Pointer paths, int count, Pointer next, Pointer statBuffer, int warmup, int n,
            long[] samples, long[] result);
}
