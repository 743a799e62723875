package io.benchwarden.runner.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.benchwarden.contract.rounds.RoundFigures;
import io.benchwarden.contract.rounds.RoundsStop;
import io.benchwarden.runner.bench.WorkloadKind;

/**
 * The stopping rule on injected rounds. Every baseline p95 is 2.0, so each pair's ratio is the with-agent p95 / 2.0;
 * the intervals are the 2.5th and 97.5th percentiles of the median of bootstrap resamples of those ratios, worked
 * out below from how likely a resample is to draw the one 1.1 among the 1.0s.
 */
class AdaptiveRoundsTests {

    /** Pair ratios 1.0, 1.1, then 1.0 only; judged against a budget of 1.06. */
    private static final double[] RATIOS = { 1.0, 1.1, 1.0, 1.0, 1.0, 1.0 };
    private static final List<AdaptiveRounds.Row> ROW = List.of(AdaptiveRounds.Row.p95("open p95", WorkloadKind.OPEN_CLOSE, 1.06));

    @Test
    void shouldMeasureThePlannedRoundsFirst() {
        AdaptiveRounds policy = new AdaptiveRounds(2, 6, ROW);

        assertThat(policy.wantsAnother(1, results(1))).isTrue();
    }

    @Test
    void shouldStopAtThePlannedRoundsWhenEveryRowIsCertain() {
        AdaptiveRounds policy = new AdaptiveRounds(2, 6, List.of(AdaptiveRounds.Row.p95("open p95", WorkloadKind.OPEN_CLOSE,
                1.15)));

        // two rounds, ratios 1.0 and 1.1: the resampled median is 1.0, 1.05 or 1.1, so the interval is 1.0-1.1, all <= 1.15
        assertThat(policy.wantsAnother(2, results(2))).isFalse();
        assertThat(policy.stop()).isEqualTo(new RoundsStop(2, 6, 2, RoundsStop.ALL_CERTAIN));
    }

    @Test
    void shouldGoOnWhileTheIntervalStraddlesTheBudgetAndStopOnceItIsOnOneSide() {
        AdaptiveRounds policy = new AdaptiveRounds(2, 6, ROW);

        // 2 rounds: interval 1.0-1.1 straddles 1.06. 3 rounds: a resample's middle value is 1.1 when it draws the 1.1 at
        // least twice, p = 7/27 = 26 %; 4 rounds: the median is 1.1 when it draws it 3 times or more, p = 5.1 %;
        // 5 rounds: 3 times or more of 5 at 1/5, p = 5.8 %: all over 2.5 %, so the high end stays 1.1.
        for (int rounds = 2; rounds <= 5; rounds++) {
            assertThat(policy.wantsAnother(rounds, results(rounds))).as("after %d rounds", rounds).isTrue();
        }
        // 6 rounds: the median is 1.1 only when it draws it 4 times or more (p = 0.9 %, under 2.5 %), and 1.05 when 3
        // times (p >= 3 times = 6.2 %): the interval is 1.0-1.05, wholly under 1.06
        assertThat(policy.wantsAnother(6, results(6))).isFalse();
        assertThat(policy.stop()).isEqualTo(new RoundsStop(2, 6, 6, RoundsStop.ALL_CERTAIN));
        assertThat(RoundStatistics.p95RatioInterval(results(6).get(WorkloadKind.OPEN_CLOSE).baseline(),
                results(6).get(WorkloadKind.OPEN_CLOSE).withAgent(), 0.95).high()).isEqualTo(1.05);
    }

    @Test
    void shouldStopAtMaxRoundsWithTheRowStillInconclusive() {
        AdaptiveRounds policy = new AdaptiveRounds(2, 5, ROW);

        assertThat(policy.wantsAnother(4, results(4))).isTrue();
        assertThat(policy.wantsAnother(5, results(5))).isFalse();
        assertThat(policy.stop()).isEqualTo(new RoundsStop(2, 5, 5, RoundsStop.MAX_ROUNDS));
    }

    @Test
    void shouldRefuseAMaximumBelowThePlannedRounds() {
        assertThatThrownBy(() -> new AdaptiveRounds(10, 5, ROW)).hasMessageContaining("MAX_ROUNDS (5) must be at least ROUNDS (10)");
    }

    private static Map<WorkloadKind, WorkloadRounds> results(int rounds) {
        WorkloadRounds open = WorkloadRounds.empty(WorkloadKind.OPEN_CLOSE);
        for (int i = 0; i < rounds; i++) {
            open.baseline().add(new RoundFigures(100, 0.001, 2.0, 1.9, 2.0, 2.1));
            double p95 = 2.0 * RATIOS[i];
            open.withAgent().add(new RoundFigures(100, 0.001, 2.0, 1.9, p95, p95 + 0.1));
        }
        Map<WorkloadKind, WorkloadRounds> results = new EnumMap<>(WorkloadKind.class);
        results.put(WorkloadKind.OPEN_CLOSE, open);
        return results;
    }
}
