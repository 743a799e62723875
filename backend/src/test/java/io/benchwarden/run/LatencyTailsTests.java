package io.benchwarden.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import io.benchwarden.contract.rounds.LatencyHistogram;
import io.benchwarden.contract.rounds.LatencyHistogram.Bucket;
import io.benchwarden.support.RunnerBundles;
import org.junit.jupiter.api.Test;

class LatencyTailsTests {

    @Test
    void shouldGiveTheShareOfOperationsSlowerThanEachBucketsLowerEdge() {
        // 4000 up to 2702 ns, 5900 up to 3214 ns, 100 up to 41285 ns, the fastest at 2600 ns
        var histogram = new LatencyHistogram(10_000, 2600, 41_000, List.of(new Bucket(2702, 4000),
                new Bucket(3214, 5900), new Bucket(41_285, 100)));

        // ... and the slowest 1 % reach out to 41.285 µs
        assertThat(LatencyTails.of(histogram)).containsExactly(new RunViews.TailPoint(2.6, 1.0),
                new RunViews.TailPoint(2.702, 0.6), new RunViews.TailPoint(3.214, 0.01),
                new RunViews.TailPoint(41.285, 0.01));
    }

    @Test
    void shouldHoldTheWithAgentLineAtOnePercentOutToTheSlowedOperations() {
        List<RunViews.TailPoint> baseline = LatencyTails.of(RunnerBundles.histogram(1_900, false));
        List<RunViews.TailPoint> withAgent = LatencyTails.of(RunnerBundles.histogram(1_900, true));

        // every 100th of the 10 000 operations took 30 µs: they alone are in the last bucket, 1 % of the side, from
        // where the other operations end (a little over 2 µs, buckets being x2^(1/4) wide) to its bound over 30 µs
        RunViews.TailPoint shelf = withAgent.get(withAgent.size() - 2);
        RunViews.TailPoint slowest = withAgent.get(withAgent.size() - 1);
        assertThat(shelf.share()).isCloseTo(0.01, within(1e-12));
        assertThat(shelf.latencyUs()).isBetween(2.0, 3.0);
        assertThat(slowest.share()).isCloseTo(0.01, within(1e-12));
        assertThat(slowest.latencyUs()).isBetween(30.0, 30.0 * Math.pow(2, 0.25));
        // the baseline's operations all lie within 1.9-2.09 µs: all of them slower than the fastest, none near 30 µs
        assertThat(baseline.get(0).share()).isEqualTo(1.0);
        assertThat(baseline.get(0).latencyUs()).isCloseTo(1.9, within(0.01));
        assertThat(baseline).allMatch(point -> point.latencyUs() < 3.0);
        assertThat(baseline.get(baseline.size() - 1).share()).isGreaterThan(0.01);
    }

    @Test
    void shouldDrawNothingOfAnEmptyHistogramAndStartWithoutItsFastestAtItsFirstBound() {
        assertThat(LatencyTails.of(new LatencyHistogram(0, 0, 0, List.of()))).isEmpty();
        assertThat(LatencyTails.of(new LatencyHistogram(10, 0, 0, List.of(new Bucket(5000, 10)))))
                .containsExactly(new RunViews.TailPoint(5.0, 1.0));
        assertThat(LatencyTails.of(new LatencyHistogram(10, 4000, 4900, List.of(new Bucket(5000, 10)))))
                .containsExactly(new RunViews.TailPoint(4.0, 1.0), new RunViews.TailPoint(5.0, 1.0));
    }
}
