package io.benchwarden.changepoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.junit.jupiter.api.Test;

class ChangePointRanksTests {

    @Test
    void shouldRankWithAveragedTiesByHand() {
        assertThat(ChangePointDetector.ranks(new double[] { 3.0, 1.0, 3.0, 2.0, 3.0, -0.0, 0.0 }))
                .containsExactly(6.0, 3.0, 6.0, 4.0, 6.0, 1.0, 2.0);
    }

    @Test
    void shouldRankExactlyAsTheLibraryDoesOnSeriesFullOfTies() {
        NaturalRanking library = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            double[] values = new double[1 + random.nextInt(300)];
            for (int i = 0; i < values.length; i++) {
                // few distinct values, so most of them tie
                values[i] = random.nextInt(1 + round % 20) * 0.25 - 1;
            }
            assertThat(ChangePointDetector.ranks(values)).containsExactly(library.rank(values));
        }
    }
}
