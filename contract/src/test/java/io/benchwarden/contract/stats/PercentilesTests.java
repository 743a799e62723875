package io.benchwarden.contract.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTests {

    @Test
    void shouldInterpolateLinearlyBetweenClosestRanks() {
        long[] sorted = { 1000, 2000, 3000, 4000, 5000 };
        // rank = (n - 1) * p: p50 -> 2 (exact), p95 -> 3.8, p99 -> 3.96
        assertThat(Percentiles.micros(sorted, 0.50)).isEqualTo(3.0);
        assertThat(Percentiles.micros(sorted, 0.95)).isEqualTo(4.8, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Percentiles.micros(sorted, 0.99)).isEqualTo(4.96, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Percentiles.micros(sorted, 0.0)).isEqualTo(1.0);
        assertThat(Percentiles.micros(sorted, 1.0)).isEqualTo(5.0);
    }

    @Test
    void shouldSummarizeUnsortedSamplesRoundedToTwoDecimals() {
        // sorted: 1234, 5678. p50: 1234 + 0.5 * 4444 = 3456 ns; p95: 1234 + 0.95 * 4444 = 5455.8 ns;
        // p99: 1234 + 0.99 * 4444 = 5633.56 ns
        Percentiles.LatencySummary summary = Percentiles.summarize(new long[] { 5678, 1234 });
        assertThat(summary.p50Us()).isEqualTo(3.46);
        assertThat(summary.p95Us()).isEqualTo(5.46);
        assertThat(summary.p99Us()).isEqualTo(5.63);
    }

    @Test
    void shouldLeaveTheCallersSamplesUntouched() {
        long[] samples = { 3, 1, 2 };
        Percentiles.summarize(samples);
        assertThat(samples).containsExactly(3, 1, 2);
    }

    @Test
    void shouldReturnTheOnlySampleForEveryPercentile() {
        Percentiles.LatencySummary summary = Percentiles.summarize(new long[] { 4400 });
        assertThat(summary.p50Us()).isEqualTo(4.4);
        assertThat(summary.p99Us()).isEqualTo(4.4);
    }

    @Test
    void shouldRejectFractionsOutsideZeroToOne() {
        assertThatThrownBy(() -> Percentiles.micros(new long[] { 1 }, 95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..1");
    }
}
