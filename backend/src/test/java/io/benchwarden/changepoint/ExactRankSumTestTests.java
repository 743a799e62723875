package io.benchwarden.changepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.math.BigInteger;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ExactRankSumTestTests {

    @Test
    void shouldCountArrangementsLikeTheTextbookTable() {
        // n1 = n2 = 2: the 6 orderings give U = 0, 1, 2, 2, 3, 4.
        assertThat(ExactRankSumTest.arrangementsByStatistic(2, 2)).containsExactly(BigInteger.ONE, BigInteger.ONE,
                BigInteger.TWO, BigInteger.ONE, BigInteger.ONE);
        // The counts always add up to C(n1 + n2, n1): C(42, 6) = 5 245 786.
        assertThat(Arrays.stream(ExactRankSumTest.arrangementsByStatistic(6, 36)).reduce(BigInteger.ZERO, BigInteger::add))
                .isEqualTo(BigInteger.valueOf(5_245_786));
    }

    @Test
    void shouldGiveTheExactTailForSmallSamples() {
        // Six values all above 36 others: U = 0 or 216; two-sided p = 2 / C(42, 6).
        assertThat(ExactRankSumTest.twoSidedP(216, 6, 36)).isEqualTo(2.0 / 5_245_786, offset(1e-15));
        // n1 = n2 = 2, U = 1: P(U <= 1) = 2/6, doubled.
        assertThat(ExactRankSumTest.twoSidedP(1, 2, 2)).isEqualTo(4.0 / 6, offset(1e-12));
        assertThat(ExactRankSumTest.twoSidedP(2, 2, 2)).isEqualTo(1.0);
    }

    @Test
    void shouldFallBackToTheNormalApproximationForLargeSamples() {
        // n1 = n2 = 50, U at its mean: p = 1; 2 standard deviations below: p about 0.046 (continuity-corrected).
        assertThat(ExactRankSumTest.twoSidedP(1250, 50, 50)).isEqualTo(1.0);
        double sd = Math.sqrt(50 * 50 * 101 / 12.0);
        assertThat(ExactRankSumTest.twoSidedP(1250 - 2 * sd, 50, 50)).isBetween(0.04, 0.05);
    }
}
