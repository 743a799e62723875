package io.benchwarden.runner.rounds;

import java.util.ArrayList;
import java.util.List;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

import io.benchwarden.contract.rounds.LatencyHistogram;

/**
 * Latency distributions of timed passes, kept in HdrHistogram histograms and written as the contract's
 * {@link LatencyHistogram}: logarithmic buckets of ×2^(1/4) from {@value #FIRST_BUCKET_NS} ns up, so one side of a
 * 200 000-operation run is some 70 buckets at most, a few KiB of JSON.
 *
 * <p>A pass's samples are recorded after its timed loop returned (the loop writes each sample into an array only),
 * so the histogram costs nothing inside the timed region.
 */
public final class LatencyDistribution {

    /** The upper bound of the first bucket: below any syscall this runner times, so it stays empty in practice. */
    static final long FIRST_BUCKET_NS = 64;
    static final double BUCKET_FACTOR = Math.pow(2, 0.25);
    /** Two significant digits: finer than a ×1.19 bucket needs. */
    private static final int SIGNIFICANT_DIGITS = 2;

    private LatencyDistribution() {
    }

    public static Histogram of(long[] samplesNanos) {
        Histogram histogram = new Histogram(SIGNIFICANT_DIGITS);
        for (long sample : samplesNanos) {
            histogram.recordValue(Math.max(0, sample));
        }
        return histogram;
    }

    /** The passes' histograms added up, as the contract's record; {@code null} when there are none. */
    public static LatencyHistogram merged(List<Histogram> passes) {
        if (passes.isEmpty()) {
            return null;
        }
        Histogram all = new Histogram(SIGNIFICANT_DIGITS);
        passes.forEach(all::add);
        List<LatencyHistogram.Bucket> buckets = new ArrayList<>();
        for (HistogramIterationValue bucket : all.logarithmicBucketValues(FIRST_BUCKET_NS, BUCKET_FACTOR)) {
            if (bucket.getCountAddedInThisIterationStep() > 0) {
                buckets.add(new LatencyHistogram.Bucket(bucket.getValueIteratedTo(), bucket.getCountAddedInThisIterationStep()));
            }
        }
        return new LatencyHistogram(all.getTotalCount(), all.getMinValue(), all.getMaxValue(), buckets);
    }
}
