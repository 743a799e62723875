package io.benchwarden.runner.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.contract.rounds.LatencyHistogram;

class LatencyDistributionTests {

    @Test
    void shouldPutEveryOperationIntoItsLogarithmicBucketAndLeaveEmptyOnesOut() {
        long[] first = new long[150];
        Arrays.fill(first, 0, 100, 1_000);
        Arrays.fill(first, 100, 150, 2_000);
        long[] second = { 100_000 };

        LatencyHistogram histogram = LatencyDistribution.merged(List.of(LatencyDistribution.of(first),
                LatencyDistribution.of(second)));

        assertThat(histogram.count()).isEqualTo(151);
        assertThat(histogram.minNs()).isEqualTo(1_000);
        assertThat(histogram.maxNs()).isBetween(100_000L, 100_600L);
        // bounds are 64 ns x 2^(k/4): 1000 ns falls in (861, 1024], 2000 in (1722, 2048], 100 000 in (92 681, 110 236]
        assertThat(histogram.buckets()).hasSize(3);
        assertThat(histogram.buckets().get(0).count()).isEqualTo(100);
        assertThat((double) histogram.buckets().get(0).upperBoundNs()).isCloseTo(1024, within(8.0));
        assertThat(histogram.buckets().get(1).count()).isEqualTo(50);
        assertThat((double) histogram.buckets().get(1).upperBoundNs()).isCloseTo(2048, within(16.0));
        assertThat(histogram.buckets().get(2).count()).isEqualTo(1);
        assertThat((double) histogram.buckets().get(2).upperBoundNs()).isCloseTo(110_236, within(1024.0));
    }

    @Test
    void shouldKeepA200000OperationSideToAFewKilobytes() {
        SplittableRandom random = new SplittableRandom(7);
        long[] samples = new long[200_000];
        for (int i = 0; i < samples.length; i++) {
            // ~2.8 us with a long tail: 1 % of the operations 10-40x slower, as a busy neighbour makes them
            samples[i] = i % 100 == 0 ? 28_000 + random.nextLong(80_000) : 2_500 + random.nextLong(800);
        }

        LatencyHistogram histogram = LatencyDistribution.merged(List.of(LatencyDistribution.of(samples)));
        String json = StrictJson.mapper().writeValueAsString(histogram.writeTo(StrictJson.mapper().createObjectNode()));

        assertThat(histogram.buckets().stream().mapToLong(LatencyHistogram.Bucket::count).sum()).isEqualTo(200_000);
        assertThat(histogram.buckets()).isSortedAccordingTo((a, b) -> Long.compare(a.upperBoundNs(), b.upperBoundNs()));
        assertThat(json.length()).isLessThan(4 * 1024);
    }
}
