package io.benchwarden.runner.bench;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.benchwarden.runner.nativeio.NativeTiming;

/**
 * How each operation is timed. {@code native_loop}: the whole loop runs in C ({@link NativeTiming}), one JNA
 * call per loop, so the harness adds only two clock reads per operation. {@code jna_calls}: the loop runs in
 * Java, each libc call a JNA direct call, timed with {@link System#nanoTime()}; about 0.7 µs more per open_close
 * (the JNA transitions), the fallback when the native library cannot be loaded. The profiles record which was
 * used under {@code "timing"}.
 */
public enum Timing {
    NATIVE_LOOP("native_loop"),
    JNA_CALLS("jna_calls");

    private final String label;

    Timing(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Timing parse(String label) {
        return Arrays.stream(values()).filter(timing -> timing.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("TIMING must be one of "
                        + Arrays.stream(values()).map(Timing::label).collect(Collectors.joining(", ")) + ", got " + label));
    }

    /** The timing that will really be used for a request: native_loop falls back to jna_calls without the library. */
    public static Timing effective(Timing requested) {
        return requested == NATIVE_LOOP && !NativeTiming.available() ? JNA_CALLS : requested;
    }
}
