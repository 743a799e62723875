package io.benchwarden.runner.bench;

import io.benchwarden.runner.nativeio.NativeTiming;

/**
 * The harness baseline: the same timed loop with an empty operation, so what remains is the cost of the two
 * clock reads (and, for {@code jna_calls}, of the Java loop around them). A syscall's own cost is its sample
 * minus this floor; the profiles report the floor next to the figures.
 */
public final class HarnessFloor {

    public static final String NAME = "harness_floor";

    private HarnessFloor() {
    }

    public static Measurement measure(int warmup, int iterations, Timing timing) {
        if (iterations < 1) {
            throw new IllegalArgumentException(NAME + ": iterations must be at least 1, got " + iterations);
        }
        long[] samples = new long[iterations];
        if (timing == Timing.NATIVE_LOOP) {
            long[] result = new long[NativeTiming.RESULT_SLOTS];
            NativeTiming.bw_empty_loop(warmup, iterations, samples, result);
            return new Measurement(NAME, samples, result[0]);
        }
        for (int i = 0; i < warmup; i++) {
            long start = System.nanoTime();
            samples[i % iterations] = System.nanoTime() - start;
        }
        long loopStart = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            samples[i] = System.nanoTime() - start;
        }
        long elapsed = System.nanoTime() - loopStart;
        return new Measurement(NAME, samples, elapsed);
    }
}
