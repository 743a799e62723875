package io.benchwarden.contract.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The intervals of issue 15's examples against a 1.05 budget, and the edges, worked out by hand. */
class CertaintyTests {

    @Test
    void shouldCallAnIntervalWhollyUnderTheBudgetCertain() {
        assertThat(Certainty.of(0.97, 1.03, 1.05)).isEqualTo(Certainty.CERTAIN);
    }

    @Test
    void shouldCallAnIntervalWhollyOverTheBudgetCertain() {
        assertThat(Certainty.of(1.06, 1.12, 1.05)).isEqualTo(Certainty.CERTAIN);
    }

    @Test
    void shouldCallTheIssuesIntervalsThatStraddleTheBudgetInconclusive() {
        // open 0.885-1.061 and connect 0.97-1.14 were both shown as PASS against 1.05
        assertThat(Certainty.of(0.885, 1.061, 1.05)).isEqualTo(Certainty.INCONCLUSIVE);
        assertThat(Certainty.of(0.97, 1.14, 1.05)).isEqualTo(Certainty.INCONCLUSIVE);
    }

    @Test
    void shouldSplitTheEdgesWhereTheGateSplitsThem() {
        // the gate passes value <= budget: a high end on the budget holds passing values only
        assertThat(Certainty.of(1.01, 1.05, 1.05)).isEqualTo(Certainty.CERTAIN);
        // a low end on the budget holds the budget (a pass) and values over it (fails)
        assertThat(Certainty.of(1.05, 1.07, 1.05)).isEqualTo(Certainty.INCONCLUSIVE);
        // a percentage budget as a ratio: +10 % is 1.10; 1.0952-1.1000 is all within it
        assertThat(Certainty.of(new RatioInterval(1.098, 1.0952, 1.1, 0.95, "m", 1.1, 30), 1.10))
                .isEqualTo(Certainty.CERTAIN);
    }
}
