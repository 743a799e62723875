package io.benchwarden.hosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class HostedFilterTests {

    private static final FocusPatterns FOCUS = FocusPatternsTests.parse("""
            # High-signal families for hosted comparison
            ^BM_ParsePolicy$
            ^BM_DenyEntriesLookup/
            """);

    @Test
    void shouldCompareOnlyTheMeanRowsOfTheRealExampleThatTakeAtLeastFiftyNanoseconds() {
        FilterResult result = HostedFilter.apply(HostedExamples.report(HostedExamples.benchmarkJson()),
                FocusPatterns.ALL);

        // Means in the file: PathKeyHash 11.12 ns, DenyEntriesLookup 5.18/5.22/5.18/4.72 ns, ParsePolicy 2621.19 ns,
        // JsonEscape 102.80 ns; only the last two reach 50 ns.
        assertThat(result.compared()).containsExactly(
                new ComparedRow("BM_ParsePolicy", 2621.1851001948803, 2569.4979966601645),
                new ComparedRow("BM_JsonEscape", 102.79886809773741, 102.30682969522108));
        assertThat(result.excluded()).filteredOn(row -> row.reason() == ExclusionReason.BELOW_50NS)
                .extracting(ExcludedRow::name, ExcludedRow::realTimeNs).containsExactly(
                        tuple("BM_PathKeyHash_mean", 11.123193213667301),
                        tuple("BM_DenyEntriesLookup/100_mean", 5.175609694726198),
                        tuple("BM_DenyEntriesLookup/512_mean", 5.216010149204567),
                        tuple("BM_DenyEntriesLookup/4096_mean", 5.1813528432361275),
                        tuple("BM_DenyEntriesLookup/10000_mean", 4.716031998621795));
        // 7 benchmarks x (median, stddev, cv)
        assertThat(result.excluded()).filteredOn(row -> row.reason() == ExclusionReason.NOT_MEAN_AGGREGATE)
                .hasSize(21).extracting(ExcludedRow::name).contains("BM_ParsePolicy_median", "BM_JsonEscape_stddev",
                        "BM_PathKeyHash_cv");
        assertThat(result.excluded()).hasSize(26);
    }

    @Test
    void shouldExcludeSeriesOutsideTheFocusPatterns() {
        FilterResult result = HostedFilter.apply(HostedExamples.report(HostedExamples.benchmarkJson()), FOCUS);

        assertThat(result.compared()).extracting(ComparedRow::series).containsExactly("BM_ParsePolicy");
        assertThat(result.excluded()).filteredOn(row -> row.reason() == ExclusionReason.NOT_IN_FOCUS)
                .extracting(ExcludedRow::name).containsExactly("BM_JsonEscape_mean");
    }

    @Test
    void shouldAverageRepetitionsOfTheSameRunNameWhenTheReportHasNoAggregates() {
        FilterResult result = HostedFilter.apply(report(
                repetition("BM_A", 100, 90, "ns"), repetition("BM_B", 0.2, 0.2, "us"), repetition("BM_A", 110, 100, "ns"),
                repetition("BM_A", 0.12, 0.11, "us"), repetition("BM_B", 400, 400, "ns")), FocusPatterns.ALL);

        // BM_A: (100 + 110 + 120) / 3 = 110 ns, cpu (90 + 100 + 110) / 3 = 100 ns; BM_B: (200 + 400) / 2 = 300 ns
        assertThat(result.compared()).hasSize(2);
        assertThat(result.compared().get(0).series()).isEqualTo("BM_A");
        assertThat(result.compared().get(0).realTimeNs()).isCloseTo(110.0, offset(1e-9));
        assertThat(result.compared().get(0).cpuTimeNs()).isCloseTo(100.0, offset(1e-9));
        assertThat(result.compared().get(1).series()).isEqualTo("BM_B");
        assertThat(result.compared().get(1).realTimeNs()).isCloseTo(300.0, offset(1e-9));
        assertThat(result.excluded()).isEmpty();
    }

    @Test
    void shouldExcludeRowsBelowFiftyNanosecondsAfterConvertingTheTimeUnit() {
        FilterResult result = HostedFilter.apply(report(
                mean("BM_JustBelow", 0.049, "us"), mean("BM_Exactly", 0.05, "us"), mean("BM_Milli", 0.002, "ms"),
                mean("BM_Seconds", 1.5e-6, "s"), mean("BM_Tiny", 4.0e-8, "s")), FocusPatterns.ALL);

        assertThat(result.compared()).extracting(ComparedRow::series, ComparedRow::realTimeNs).containsExactly(
                tuple("BM_Exactly", 50.0), tuple("BM_Milli", 2000.0), tuple("BM_Seconds", 1500.0));
        assertThat(result.excluded()).extracting(ExcludedRow::name, ExcludedRow::reason).containsExactly(
                tuple("BM_JustBelow_mean", ExclusionReason.BELOW_50NS),
                tuple("BM_Tiny_mean", ExclusionReason.BELOW_50NS));
    }

    @Test
    void shouldExcludeBelowFiftyNanosecondsBeforeAskingTheFocusPatterns() {
        FilterResult result = HostedFilter.apply(report(mean("BM_Fast", 10, "ns")), FocusPatternsTests.parse("^BM_Slow"));

        assertThat(result.excluded()).extracting(ExcludedRow::reason).containsExactly(ExclusionReason.BELOW_50NS);
    }

    @Test
    void shouldDropPlainRepetitionsWhenTheReportAlsoHasAggregates() {
        FilterResult result = HostedFilter.apply(report(repetition("BM_A", 100, 100, "ns"),
                repetition("BM_A", 120, 120, "ns"), mean("BM_A", 110, "ns")), FocusPatterns.ALL);

        assertThat(result.compared()).containsExactly(new ComparedRow("BM_A", 110.0, 110.0));
        assertThat(result.excluded()).extracting(ExcludedRow::name, ExcludedRow::reason).containsExactly(
                tuple("BM_A", ExclusionReason.NOT_MEAN_AGGREGATE), tuple("BM_A", ExclusionReason.NOT_MEAN_AGGREGATE));
    }

    @Test
    void shouldExcludeRowsThatReportABenchmarkError() {
        FilterResult result = HostedFilter.apply(report(repetition("BM_A", 100, 100, "ns"),
                "{\"name\": \"BM_Broken\", \"run_name\": \"BM_Broken\", \"run_type\": \"iteration\", \"real_time\": 0,"
                        + " \"cpu_time\": 0, \"error_occurred\": true, \"error_message\": \"map not found\"}"),
                FocusPatterns.ALL);

        assertThat(result.compared()).extracting(ComparedRow::series).containsExactly("BM_A");
        assertThat(result.excluded()).extracting(ExcludedRow::name, ExcludedRow::reason)
                .containsExactly(tuple("BM_Broken", ExclusionReason.BENCHMARK_ERROR));
    }

    /**
     * Where Benchwarden deliberately differs from the reference filter (filter_benchmark_json.py): the reference
     * compares the raw {@code real_time} number with its floor whatever the row's {@code time_unit}, so a 200 ns row
     * written in microseconds (0.2) is dropped and a 20 ns row written in picoseconds would pass. The floor is about
     * time, so it is applied to nanoseconds.
     */
    @Test
    void shouldApplyTheFloorToNanosecondsWhereTheReferenceComparesTheRawNumber() {
        FilterResult result = HostedFilter.apply(report(mean("BM_Micro", 0.2, "us")), FocusPatterns.ALL);

        assertThat(result.compared()).extracting(ComparedRow::series, ComparedRow::realTimeNs)
                .containsExactly(tuple("BM_Micro", 200.0));
    }

    /**
     * The second deliberate difference: with repetitions and no aggregate rows, the reference keeps every repetition
     * row and applies no floor to them (its floor only looks at mean aggregates). Benchwarden averages the
     * repetitions of a benchmark into the one mean Google Benchmark would have written, and applies the same 50 ns
     * floor, so a noisy 10 ns benchmark cannot alert because its report lacks aggregates.
     */
    @Test
    void shouldAverageRepetitionOnlyOutputAndApplyTheFloorWhereTheReferenceKeepsEveryRow() {
        FilterResult result = HostedFilter.apply(report(repetition("BM_Fast", 10, 10, "ns"),
                repetition("BM_Fast", 12, 12, "ns"), repetition("BM_Slow", 900, 900, "ns"),
                repetition("BM_Slow", 1100, 1100, "ns")), FocusPatterns.ALL);

        assertThat(result.compared()).extracting(ComparedRow::series, ComparedRow::realTimeNs)
                .containsExactly(tuple("BM_Slow", 1000.0));
        assertThat(result.excluded()).extracting(ExcludedRow::name, ExcludedRow::reason, ExcludedRow::realTimeNs)
                .containsExactly(tuple("BM_Fast", ExclusionReason.BELOW_50NS, 11.0));
    }

    @Test
    void shouldWarnWhenTheAgentsRealFocusFileLeavesNothingToCompare() {
        FilterResult result = HostedFilter.apply(HostedExamples.report(HostedExamples.benchmarkJson()),
                FocusPatternsTests.parse(io.benchwarden.contract.fixtures.Examples.hostedFocusPatterns()));

        // ^BM_DenyEntriesLookup/ matches the four DenyEntriesLookup means, all around 5 ns
        assertThat(result.compared()).isEmpty();
        assertThat(result.warnings()).containsExactly("nothing was compared: every focus-matching series (4) is under"
                + " 50 ns, too short to compare on shared runners");
    }

    @Test
    void shouldWarnWhenNoSeriesMatchesTheFocusPatternsAndStayQuietWhenSomethingIsCompared() {
        var report = HostedExamples.report(HostedExamples.benchmarkJson());
        assertThat(HostedFilter.apply(report, FocusPatternsTests.parse("^BM_NoSuchThing$")).warnings())
                .containsExactly("nothing was compared: no series of the report matches the focus patterns");
        assertThat(HostedFilter.apply(report, FOCUS).warnings()).isEmpty();
    }

    static BenchmarkReport report(String... rows) {
        return HostedExamples.report(("{\"benchmarks\": [" + String.join(", ", rows) + "]}")
                .getBytes(StandardCharsets.UTF_8));
    }

    static String repetition(String runName, double realTime, double cpuTime, String unit) {
        return "{\"name\": \"" + runName + "\", \"run_name\": \"" + runName + "\", \"run_type\": \"iteration\","
                + " \"real_time\": " + realTime + ", \"cpu_time\": " + cpuTime + ", \"time_unit\": \"" + unit + "\"}";
    }

    static String mean(String runName, double realTime, String unit) {
        return "{\"name\": \"" + runName + "_mean\", \"run_name\": \"" + runName + "\", \"run_type\": \"aggregate\","
                + " \"aggregate_name\": \"mean\", \"real_time\": " + realTime + ", \"cpu_time\": " + realTime
                + ", \"time_unit\": \"" + unit + "\"}";
    }
}
