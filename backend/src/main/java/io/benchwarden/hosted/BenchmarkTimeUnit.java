package io.benchwarden.hosted;

import java.util.Arrays;
import java.util.Optional;

/** The {@code time_unit} values Google Benchmark writes, with their factor to nanoseconds. */
public enum BenchmarkTimeUnit {

    NS("ns", 1.0),
    US("us", 1_000.0),
    MS("ms", 1_000_000.0),
    S("s", 1_000_000_000.0);

    private final String wireName;
    private final double nanosPerUnit;

    BenchmarkTimeUnit(String wireName, double nanosPerUnit) {
        this.wireName = wireName;
        this.nanosPerUnit = nanosPerUnit;
    }

    public String wireName() {
        return wireName;
    }

    public double toNanos(double value) {
        return value * nanosPerUnit;
    }

    public static Optional<BenchmarkTimeUnit> fromWireName(String name) {
        return Arrays.stream(values()).filter(unit -> unit.wireName.equals(name)).findFirst();
    }
}
