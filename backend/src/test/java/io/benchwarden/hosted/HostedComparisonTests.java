package io.benchwarden.hosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HostedComparisonTests {

    private static final FocusPatterns FOCUS = FocusPatternsTests.parse("^BM_ParsePolicy$\n^BM_DenyEntriesLookup/\n");

    private final HostedComparison comparison = new HostedComparison(0.20);

    @Test
    void shouldAlertOnlyWhenTheRatioExceedsOnePlusTheThreshold() {
        List<SeriesVerdict> verdicts = comparison.compare(List.of(row("BM_Exact", 120.0), row("BM_Over", 120.0001),
                row("BM_Same", 100.0)), Map.of("BM_Exact", 100.0, "BM_Over", 100.0, "BM_Same", 100.0));

        assertThat(verdicts).extracting(SeriesVerdict::outcome)
                .containsExactly(HostedOutcome.OK, HostedOutcome.ALERT, HostedOutcome.OK);
        assertThat(verdicts.get(0).ratio()).isEqualTo(1.2);
    }

    @Test
    void shouldRecordAnImprovementOnlyWhenTheRatioIsBelowOneMinusTheThreshold() {
        List<SeriesVerdict> verdicts = comparison.compare(List.of(row("BM_Exact", 80.0), row("BM_Under", 79.9999)),
                Map.of("BM_Exact", 100.0, "BM_Under", 100.0));

        assertThat(verdicts).extracting(SeriesVerdict::outcome)
                .containsExactly(HostedOutcome.OK, HostedOutcome.IMPROVEMENT);
    }

    @Test
    void shouldMarkASeriesWithoutBaselineAsNew() {
        List<SeriesVerdict> verdicts = comparison.compare(List.of(row("BM_Fresh", 500.0)), Map.of("BM_Other", 1.0));

        assertThat(verdicts).containsExactly(new SeriesVerdict("BM_Fresh", 500.0, null, null, HostedOutcome.NEW));
    }

    @Test
    void shouldApplyAProjectThreshold() {
        HostedComparison tighter = new HostedComparison(0.10);

        assertThat(tighter.compare(List.of(row("BM_A", 111.0)), Map.of("BM_A", 100.0)))
                .extracting(SeriesVerdict::outcome).containsExactly(HostedOutcome.ALERT);
    }

    @Test
    void shouldRejectAThresholdOutsideZeroToOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new HostedComparison(1.0))
                .withMessage("hosted threshold must be a fraction strictly between 0 and 1 (0.20 for 20 %), got 1.0");
        assertThatIllegalArgumentException().isThrownBy(() -> new HostedComparison(0));
        assertThatIllegalArgumentException().isThrownBy(() -> new HostedComparison(Double.NaN));
    }

    @Test
    void shouldAlertOnceWhenOneFocusBenchmarkOfTheRealExampleIsThirtyPercentSlower() {
        List<SeriesVerdict> verdicts = compareExampleWith(
                HostedExamples.withTimesScaled("BM_ParsePolicy_mean", 1.30), FocusPatterns.ALL);

        assertThat(verdicts).extracting(SeriesVerdict::series, SeriesVerdict::outcome).containsExactly(
                tuple("BM_ParsePolicy", HostedOutcome.ALERT),
                tuple("BM_JsonEscape", HostedOutcome.OK));
        assertThat(verdicts.get(0).ratio()).isCloseTo(1.30, offset(1e-12));
        assertThat(verdicts.get(0).baselineNs()).isEqualTo(2621.1851001948803);
    }

    @Test
    void shouldRecordOneImprovementWhenOneFocusBenchmarkIsThirtyPercentFaster() {
        List<SeriesVerdict> verdicts = compareExampleWith(
                HostedExamples.withTimesScaled("BM_ParsePolicy_mean", 0.70), FOCUS);

        assertThat(verdicts).singleElement().satisfies(verdict -> {
            assertThat(verdict.series()).isEqualTo("BM_ParsePolicy");
            assertThat(verdict.outcome()).isEqualTo(HostedOutcome.IMPROVEMENT);
            assertThat(verdict.ratio()).isCloseTo(0.70, offset(1e-12));
        });
    }

    @Test
    void shouldNotAlertWhenOnlyASubFiftyNanosecondBenchmarkGetsSlower() {
        List<SeriesVerdict> verdicts = compareExampleWith(
                HostedExamples.withTimesScaled("BM_DenyEntriesLookup/100_mean", 3.0), FOCUS);

        assertThat(verdicts).extracting(SeriesVerdict::outcome).containsExactly(HostedOutcome.OK);
    }

    /** The unmodified example is the baseline run; {@code current} is compared against it. */
    private List<SeriesVerdict> compareExampleWith(byte[] current, FocusPatterns focus) {
        FilterResult baselineRun = HostedFilter.apply(HostedExamples.report(HostedExamples.benchmarkJson()), focus);
        Map<String, Double> baseline = new HashMap<>();
        baselineRun.compared().forEach(row -> baseline.put(row.series(), row.realTimeNs()));
        return comparison.compare(HostedFilter.apply(HostedExamples.report(current), focus).compared(), baseline);
    }

    private static ComparedRow row(String series, double realTimeNs) {
        return new ComparedRow(series, realTimeNs, realTimeNs);
    }
}
