package io.benchwarden.runner.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.benchwarden.contract.rounds.RatioInterval;
import io.benchwarden.contract.rounds.RoundFigures;
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
    void shouldFollowTheBaselinePassBesideItWhenTheHostsLevelMoves() {
        // An A/A run on a host whose level moves in spells: rounds 2, 3 and 6 are slow (3.9 us) for both sides,
        // rounds 4 and 5 only for the with-agent side. Unpaired medians: 2.8 against 3.9, a ratio of 1.393.
        // Paired ratios: 1, 1, 1, 1.393, 1.393, 1, 1 -> median 1.0, so with-agent p95 = 2.8 x 1.0.
        List<RoundFigures> baseline = rounds(2.8, 3.9, 3.9, 2.8, 2.8, 3.9, 2.8);
        List<RoundFigures> withAgent = rounds(2.8, 3.9, 3.9, 3.9, 3.9, 3.9, 2.8);

        assertThat(RoundStatistics.medians(baseline).p95Us()).isEqualTo(2.8);
        assertThat(RoundStatistics.summarizeWithAgent(baseline, withAgent).p95Us()).isEqualTo(2.8);
        assertThat(RoundStatistics.medians(withAgent).p95Us()).isEqualTo(3.9);
        assertThat(RoundStatistics.p95RatioInterval(baseline, withAgent, 0.95).unpairedValue()).isEqualTo(1.3929);
    }

    @Test
    void shouldScaleTheBaselineMedianByTheMedianPairedRatioOfEachFigure() {
        // baseline us_per_op 4, 5, 6 -> median 5; with-agent 4.4, 5.5, 6.0 -> ratios 1.1, 1.1, 1.0 -> 1.1 -> 5.5
        // baseline p50 2, 3, 2 -> median 2; with-agent 2.2, 3.3, 2.4 -> ratios 1.1, 1.1, 1.2 -> 1.1 -> 2.2
        // baseline p95 3, 4, 3 -> median 3; with-agent 3.6, 4.4, 3.3 -> ratios 1.2, 1.1, 1.1 -> 1.1 -> 3.3
        // baseline p99 5, 6, 5 -> median 5; with-agent 5.0, 7.2, 6.0 -> ratios 1.0, 1.2, 1.2 -> 1.2 -> 6.0
        List<RoundFigures> baseline = List.of(new RoundFigures(100, 0.4, 4, 2, 3, 5), new RoundFigures(100, 0.5, 5, 3, 4, 6),
                new RoundFigures(100, 0.6, 6, 2, 3, 5));
        List<RoundFigures> withAgent = List.of(new RoundFigures(100, 0.44, 4.4, 2.2, 3.6, 5.0),
                new RoundFigures(100, 0.55, 5.5, 3.3, 4.4, 7.2), new RoundFigures(100, 0.6, 6.0, 2.4, 3.3, 6.0));

        assertThat(RoundStatistics.medians(baseline)).isEqualTo(new RoundFigures(300, 1.5, 5, 2, 3, 5));
        assertThat(RoundStatistics.summarizeWithAgent(baseline, withAgent))
                .isEqualTo(new RoundFigures(300, 1.59, 5.5, 2.2, 3.3, 6.0));
        RatioInterval interval = RoundStatistics.p95RatioInterval(baseline, withAgent, 0.95);
        assertThat(interval.value()).isEqualTo(1.1);
        // unpaired: median of 3.6, 4.4, 3.3 is 3.6, over 3 -> 1.2
        assertThat(interval.unpairedValue()).isEqualTo(1.2);
    }

    @Test
    void shouldRaiseAPercentileThatTheSeparateRatiosWouldPutBelowTheOneUnderIt() {
        // p95: baseline 2.0, 2.0, 2.0; with-agent 2.0, 2.4, 2.4 -> ratios 1, 1.2, 1.2 -> 1.2 -> 2.4
        // p99: baseline 2.1, 2.1, 2.6 (median 2.1); with-agent 2.1, 2.4, 2.6 -> ratios 1, 1.1429, 1 -> 1.0 -> 2.1
        // 2.1 would sit below p95's 2.4, so p99 is raised to 2.4 (p50 <= p95 <= p99 is a contract rule).
        List<RoundFigures> baseline = List.of(new RoundFigures(100, 0.1, 1, 1, 2.0, 2.1), new RoundFigures(100, 0.1, 1, 1, 2.0, 2.1),
                new RoundFigures(100, 0.1, 1, 1, 2.0, 2.6));
        List<RoundFigures> withAgent = List.of(new RoundFigures(100, 0.1, 1, 1, 2.0, 2.1), new RoundFigures(100, 0.1, 1, 1, 2.4, 2.4),
                new RoundFigures(100, 0.1, 1, 1, 2.4, 2.6));

        RoundFigures summary = RoundStatistics.summarizeWithAgent(baseline, withAgent);

        assertThat(summary.p95Us()).isEqualTo(2.4);
        assertThat(summary.p99Us()).isEqualTo(2.4);
    }

    @Test
    void shouldRefuseSidesWithoutAPairForEveryRound() {
        assertThatThrownBy(() -> RoundStatistics.summarizeWithAgent(rounds(1.0, 2.0), rounds(1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 1 and 2");
    }

    @Test
    void shouldReportTheMedianPassOfRepeatsWithOnePassesIterations() {
        List<RoundFigures> passes = List.of(new RoundFigures(200, 0.0006, 3.0, 2.8, 3.1, 4.0),
                new RoundFigures(200, 0.0008, 4.0, 2.9, 3.3, 3.9), new RoundFigures(200, 0.0005, 2.5, 2.7, 3.2, 5.0));

        // medians of (0.0006, 0.0008, 0.0005), (3.0, 4.0, 2.5), (2.8, 2.9, 2.7), (3.1, 3.3, 3.2), (4.0, 3.9, 5.0)
        assertThat(RoundStatistics.medianOfPasses(passes)).isEqualTo(new RoundFigures(200, 0.0006, 3.0, 2.8, 3.2, 4.0));
    }

    @Test
    void shouldComputeRoundFiguresWithTheReferencePercentiles() {
        // samples 1..10 us: p50 rank 4.5 -> 5.5 us; p95 rank 8.55 -> 9.55 us; p99 rank 8.91 -> 9.91 us
        long[] samples = { 10_000, 1_000, 9_000, 2_000, 8_000, 3_000, 7_000, 4_000, 6_000, 5_000 };
        RoundFigures figures = new Measurement("open_close", samples, 123_456_789L).figures();

        assertThat(figures.p50Us()).isEqualTo(5.5);
        assertThat(figures.p95Us()).isEqualTo(9.55);
        assertThat(figures.p99Us()).isEqualTo(9.91);
        assertThat(figures.seconds()).isEqualTo(0.123457);
        assertThat(figures.usPerOp()).isEqualTo(12345.68);
        assertThat(Percentiles.summarize(samples).p95Us()).isEqualTo(figures.p95Us());
    }

    @Test
    void shouldBracketTheP95RatioWithABootstrapInterval() {
        List<RoundFigures> baseline = List.of(round(10.0), round(10.2), round(9.8), round(10.1), round(9.9));
        List<RoundFigures> withAgent = List.of(round(11.0), round(11.3), round(10.9), round(11.1), round(11.2));

        RatioInterval interval = RoundStatistics.p95RatioInterval(baseline, withAgent, 0.95);

        // per-pair ratios 1.1, 1.1078, 1.1122, 1.099, 1.1313 -> median 1.1078; baseline median 10.0 -> 11.08
        assertThat(interval.value()).isEqualTo(1.108);
        // a bootstrap median is always one of the pair ratios, so the interval lies within their range
        assertThat(interval.low()).isLessThanOrEqualTo(1.1078).isGreaterThanOrEqualTo(1.099);
        assertThat(interval.high()).isGreaterThanOrEqualTo(1.1078).isLessThanOrEqualTo(1.1313);
        assertThat(interval.rounds()).isEqualTo(5);
        assertThat(RoundStatistics.p95RatioInterval(baseline, withAgent, 0.95)).isEqualTo(interval);
    }

    @Test
    void shouldResampleWholeBlocksSoThatOneSpellCountsOnce() {
        // 4 blocks of 5 rounds; a spell slowed the with-agent side of the third block: pair ratios 1.0 x 15, 1.2 x 5.
        List<RoundFigures> baseline = rounds(2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0,
                2.0, 2.0, 2.0, 2.0, 2.0);
        List<RoundFigures> withAgent = rounds(2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.4, 2.4, 2.4, 2.4, 2.4,
                2.0, 2.0, 2.0, 2.0, 2.0);

        // Pairs resampled one by one: a resample's median leaves 1.0 only when 10 or more of its 20 pairs are
        // 1.2, P(Bin(20, 1/4) >= 10) = 1.4 %, under the 2.5 % tail: the interval is 1.0 - 1.0, certain under 1.05.
        RatioInterval pairs = RoundStatistics.ratioInterval(baseline, withAgent, RoundFigures::p95Us, 0.95, 1);
        assertThat(pairs.low()).isEqualTo(1.0);
        assertThat(pairs.high()).isEqualTo(1.0);
        // Blocks resampled: 4 draws of a block; the median is 1.2 when 3 or 4 of them are the slow block,
        // P = 4 x (1/4)^3 x 3/4 + (1/4)^4 = 5.1 %, over the 2.5 % tail: the interval reaches 1.2 and straddles 1.05.
        RatioInterval blocks = RoundStatistics.ratioInterval(baseline, withAgent, RoundFigures::p95Us, 0.95, 5);
        assertThat(blocks.value()).isEqualTo(1.0);
        assertThat(blocks.low()).isEqualTo(1.0);
        assertThat(blocks.high()).isEqualTo(1.2);
        assertThat(blocks.method()).endsWith("over 20 round pairs, resampled in blocks of 5");
    }

    @Test
    void shouldResampleSinglePairsForBlocksOfOneRoundAsBefore() {
        List<RoundFigures> baseline = List.of(round(10.0), round(10.2), round(9.8), round(10.1), round(9.9));
        List<RoundFigures> withAgent = List.of(round(11.0), round(11.3), round(10.9), round(11.1), round(11.2));

        assertThat(RoundStatistics.ratioInterval(baseline, withAgent, RoundFigures::p95Us, 0.95, 1))
                .isEqualTo(RoundStatistics.p95RatioInterval(baseline, withAgent, 0.95));
    }

    private static List<RoundFigures> rounds(double... p95s) {
        return java.util.Arrays.stream(p95s).mapToObj(RoundStatisticsTests::round).toList();
    }

    private static RoundFigures round(double p95) {
        return new RoundFigures(100, 0.1, 1.0, 1.0, p95, p95);
    }
}
