package io.benchwarden.runner.bench;

/**
 * One syscall workload: set up once (paths encoded into native memory, buffers and sockaddr built), then timed
 * one operation at a time.
 *
 * <p>The timed loop reads {@link System#nanoTime()} around each operation and stores the difference into a
 * sample array allocated before the loop; the operation itself calls libc through JNA direct mapping with
 * pre-built native arguments. Nothing in the loop allocates, so no collection can land inside a sample. Warm-up
 * operations run the same code (so the JIT has compiled it) but are not recorded.
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

    public final Measurement measure(int warmup, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException(kind.artifactName() + ": iterations must be at least 1, got " + iterations);
        }
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
