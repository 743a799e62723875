package io.benchwarden.hosted;

import java.util.List;

/** A validated Google Benchmark JSON report: its rows in file order ({@code context} is not needed for comparison). */
public record BenchmarkReport(List<BenchmarkRow> rows) {

    public BenchmarkReport {
        rows = List.copyOf(rows);
    }

    /** Written with {@code --benchmark_report_aggregates_only} or {@code --benchmark_display_aggregates_only}. */
    public boolean hasAggregates() {
        return rows.stream().anyMatch(row -> row.runType() == BenchmarkRow.RunType.AGGREGATE);
    }
}
