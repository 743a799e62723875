package io.benchwarden.hosted;

import io.benchwarden.contract.fixtures.Examples;

/**
 * The shared real hosted example (Google Benchmark JSON with {@code --benchmark_report_aggregates_only} from a
 * 2-CPU VM), modified copies of it, and parsing for the policy tests.
 */
final class HostedExamples {

    private HostedExamples() {
    }

    static byte[] benchmarkJson() {
        return Examples.hostedBenchmark();
    }

    static byte[] withTimesScaled(String rowName, double factor) {
        return Examples.hostedScaled(rowName, factor);
    }

    static BenchmarkReport report(byte[] bytes) {
        Parsed<BenchmarkReport> parsed = GoogleBenchmarkParser.parse(bytes);
        if (!parsed.isValid()) {
            throw new AssertionError("expected a valid report, got " + parsed.problems());
        }
        return parsed.value().orElseThrow();
    }
}
