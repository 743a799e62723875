package io.benchwarden.hosted;

/**
 * One entry of a Google Benchmark report's {@code benchmarks} array, as written, plus the values in nanoseconds.
 *
 * @param runName       the benchmark without its aggregate suffix; the series a row belongs to
 * @param aggregateName {@code mean}, {@code median}, {@code stddev}, {@code cv} or a user aggregate;
 *                      {@code null} for a plain repetition
 * @param iterations    {@code null} when the report leaves it out
 * @param errorOccurred Google Benchmark marks a benchmark that called {@code SkipWithError} this way; its times
 *                      are meaningless
 */
public record BenchmarkRow(String name, String runName, RunType runType, String aggregateName, double realTime,
        double cpuTime, BenchmarkTimeUnit timeUnit, Long iterations, boolean errorOccurred) {

    public enum RunType {
        ITERATION, AGGREGATE
    }

    public boolean isMeanAggregate() {
        return runType == RunType.AGGREGATE && "mean".equals(aggregateName);
    }

    public double realTimeNs() {
        return timeUnit.toNanos(realTime);
    }

    public double cpuTimeNs() {
        return timeUnit.toNanos(cpuTime);
    }
}
