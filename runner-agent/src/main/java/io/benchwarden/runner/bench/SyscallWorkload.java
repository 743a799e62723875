package io.benchwarden.runner.bench;

import io.benchwarden.runner.nativeio.NativeTiming;
import io.benchwarden.runner.nativeio.SyscallException;

/**
 * One syscall workload: set up once (paths encoded into native memory, buffers and sockaddr built), then timed
 * one operation at a time, in one of two ways ({@link Timing}):
 *
 * <ul>
 * <li>{@code native_loop}: one JNA call runs warm-up and timed loop in C ({@link NativeTiming}), with the same
 * pre-built native arguments; the samples come back in an array allocated before the call.</li>
 * <li>{@code jna_calls}: the timed loop reads {@link System#nanoTime()} around each operation, which calls libc
 * through JNA direct mapping. Nothing in the loop allocates, so no collection can land inside a sample.</li>
 * </ul>
 *
 * Warm-up operations run the same code (so caches and, for the Java loop, the JIT are warm) but are not
 * recorded. A failing call ends the measurement with errno's text either way.
 */
public abstract class SyscallWorkload implements AutoCloseable {

    private final WorkloadKind kind;

    protected SyscallWorkload(WorkloadKind kind) {
        this.kind = kind;
    }

    public WorkloadKind kind() {
        return kind;
    }

    /** One operation; throws {@link io.benchwarden.runner.nativeio.SyscallException} when a call fails. */
    protected abstract void operation();

    /**
     * The native loop: warm-up and timed operations in C; returns 0 or {@code -errno} with {@code result} filled
     * as {@link NativeTiming} describes.
     */
    protected abstract int nativeLoop(int warmup, long[] samples, long[] result);

    /** What a failing call of the native loop was applied to, for its error message. */
    protected abstract String subject(String call, long[] result);

    public final Measurement measure(int warmup, int iterations, Timing timing) {
        if (iterations < 1) {
            throw new IllegalArgumentException(kind.artifactName() + ": iterations must be at least 1, got " + iterations);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException(kind.artifactName() + ": warm-up must not be negative, got " + warmup);
        }
        return timing == Timing.NATIVE_LOOP ? measureNative(warmup, iterations) : measureJna(warmup, iterations);
    }

    private Measurement measureNative(int warmup, int iterations) {
        long[] samples = new long[iterations];
        long[] result = new long[NativeTiming.RESULT_SLOTS];
        int status = nativeLoop(warmup, samples, result);
        if (status != 0) {
            String call = NativeTiming.callName(result[2]);
            throw new SyscallException(call, subject(call, result), -status);
        }
        return new Measurement(kind.artifactName(), samples, result[0]);
    }

    private Measurement measureJna(int warmup, int iterations) {
        for (int i = 0; i < warmup; i++) {
            operation();
        }
        long[] samples = new long[iterations];
        long loopStart = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            operation();
            samples[i] = System.nanoTime() - start;
        }
        long elapsed = System.nanoTime() - loopStart;
        return new Measurement(kind.artifactName(), samples, elapsed);
    }

    @Override
    public void close() {
    }
}
