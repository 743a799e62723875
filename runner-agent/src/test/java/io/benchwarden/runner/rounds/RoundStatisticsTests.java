package io.benchwarden.runner.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.benchwarden.contract.stats.Percentiles;
import io.benchwarden.runner.bench.Measurement;

class RoundStatisticsTests {

    @Test
    void shouldTakeTheMiddleValueOrTheMeanOfTheTwoMiddleValues() {
        assertThat(RoundStatistics.median(new double[] { 5.0, 1.0, 3.0 })).isEqualTo(3.0);
        assertThat(RoundStatistics.median(new double[] { 4.0, 1.0, 3.0, 2.0 })).isEqualTo(2.5);
        assertThat(RoundStatistics.iqr(new double[] { 1, 2, 3, 4, 5 })).isEqualTo(2.0);
    }

    @Test
    void shouldDropTheLowestAndHighestFifthBeforeAveraging() {
        // ten rounds: two dropped at each end (-50, 1 and 8, 100), the mean of 2..7 is 4.5 whatever the outliers are
        assertThat(RoundStatistics.trimmedMean(new double[] { 7, 1, 3, 100, 5, 4, 8, 6, -50, 2 })).isEqualTo(4.5);
        assertThat(RoundStatistics.trimmedMean(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })).isEqualTo(5.5);
        // five rounds: one dropped at each end
        assertThat(RoundStatistics.trimmedMean(new double[] { 9.0, 1.0, 2.0, 3.0, 4.0 })).isEqualTo(3.0);
        // three and four rounds: one at each end, the median
        assertThat(RoundStatistics.trimmedMean(new double[] { 5.0, 1.0, 3.0 })).isEqualTo(3.0);
        assertThat(RoundStatistics.trimmedMean(new double[] { 4.0, 1.0, 3.0, 2.0 })).isEqualTo(2.5);
        // one or two rounds: nothing to trim
        assertThat(RoundStatistics.trimmedMean(new double[] { 2.0, 4.0 })).isEqualTo(3.0);
        assertThat(RoundStatistics.trimmedMean(new double[] { 2.0 })).isEqualTo(2.0);
    }

    @Test
    void shouldAverageTwoLevelsWhereTheMedianWouldJumpBetweenThem() {
        // a p95 that lands on one of two levels per round: the median takes whichever level has one more round
        double[] sixHigh = { 7.4, 8.5, 7.4, 8.5, 7.4, 8.5, 7.4, 8.5, 8.5, 8.5, 7.4 };
        double[] sixLow = { 7.4, 8.5, 7.4, 8.5, 7.4, 8.5, 7.4, 8.5, 7.4, 8.5, 7.4 };

        assertThat(RoundStatistics.median(sixHigh) / RoundStatistics.median(sixLow)).isGreaterThan(1.14);
        assertThat(RoundStatistics.trimmedMean(sixHigh) / RoundStatistics.trimmedMean(sixLow)).isLessThan(1.03);
    }

    @Test
    void shouldComputeRoundFiguresWithTheReferencePercentiles() {
        // samples 1..10 us: p50 rank 4.5 -> 5.5 us; p95 rank 8.55 -> 9.55 us; p99 rank 8.91 -> 9.91 us
        long[] samples = { 10_000, 1_000, 9_000, 2_000, 8_000, 3_000, 7_000, 4_000, 6_000, 5_000 };
        RoundFigures figures = RoundFigures.of(new Measurement("open_close", samples, 123_456_789L));

        assertThat(figures.p50Us()).isEqualTo(5.5);
        assertThat(figures.p95Us()).isEqualTo(9.55);
        assertThat(figures.p99Us()).isEqualTo(9.91);
        assertThat(figures.seconds()).isEqualTo(0.123457);
        assertThat(figures.usPerOp()).isEqualTo(12345.68);
        assertThat(Percentiles.summarize(samples).p95Us()).isEqualTo(figures.p95Us());
    }

    @Test
    void shouldReportTrimmedMeansAcrossRoundsAndTotals() {
        List<RoundFigures> rounds = List.of(new RoundFigures(100, 0.5, 5.0, 4.0, 6.0, 9.0),
                new RoundFigures(100, 0.4, 4.0, 3.0, 8.0, 8.0), new RoundFigures(100, 0.6, 6.0, 5.0, 7.0, 10.0));

        RoundFigures summary = RoundStatistics.summarize(rounds);

        assertThat(summary).isEqualTo(new RoundFigures(300, 1.5, 5.0, 4.0, 7.0, 9.0));
    }

    @Test
    void shouldBracketTheP95RatioWithABootstrapInterval() {
        List<RoundFigures> baseline = List.of(round(10.0), round(10.2), round(9.8), round(10.1), round(9.9));
        List<RoundFigures> withAgent = List.of(round(11.0), round(11.3), round(10.9), round(11.1), round(11.2));

        RoundStatistics.RatioInterval interval = RoundStatistics.p95RatioInterval(baseline, withAgent, 0.95);

        // trimmed means 11.1 / 10.0; per-pair ratios 1.1, 1.1078, 1.1122, 1.099, 1.1313
        assertThat(interval.ratio()).isEqualTo(1.11);
        assertThat(interval.pairedMedian()).isEqualTo(1.1078);
        assertThat(interval.low()).isLessThanOrEqualTo(interval.ratio()).isGreaterThan(1.05);
        assertThat(interval.high()).isGreaterThanOrEqualTo(interval.ratio()).isLessThan(1.2);
        assertThat(RoundStatistics.p95RatioInterval(baseline, withAgent, 0.95)).isEqualTo(interval);
    }

    private static RoundFigures round(double p95) {
        return new RoundFigures(100, 0.1, 1.0, 1.0, p95, p95);
    }
}
