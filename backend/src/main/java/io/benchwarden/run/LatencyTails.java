package io.benchwarden.run;

import java.util.ArrayList;
import java.util.List;

import io.benchwarden.contract.rounds.LatencyHistogram;

/**
 * A side's latency distribution as the run page draws it: for each bucket of the runner's histogram, the share of
 * the operations that took longer than the bucket below it. On logarithmic axes a cost that lands on 1 % of the
 * operations holds the with-agent line at 0.01 out to the latency it adds, while the baseline's falls away; the
 * p95 does not move.
 */
final class LatencyTails {

    private LatencyTails() {
    }

    /**
     * One point per bucket: at the bucket's lower edge (the previous listed bucket's upper bound, the buckets in
     * between being empty; the fastest operation for the first), the share of the operations in it or above. A last
     * point at the slowest bucket's upper bound keeps that bucket's share, so the line reaches out to where the
     * slowest operations lie instead of stopping below them.
     */
    static List<RunViews.TailPoint> of(LatencyHistogram histogram) {
        long total = histogram.buckets().stream().mapToLong(LatencyHistogram.Bucket::count).sum();
        List<RunViews.TailPoint> points = new ArrayList<>();
        if (total <= 0) {
            return points;
        }
        long remaining = total;
        // a histogram without its fastest operation starts at its first bucket's bound, so a log axis can draw it
        long lowerEdgeNs = histogram.minNs() > 0 ? histogram.minNs() : histogram.buckets().get(0).upperBoundNs();
        double share = 1;
        for (LatencyHistogram.Bucket bucket : histogram.buckets()) {
            share = (double) remaining / total;
            points.add(new RunViews.TailPoint(lowerEdgeNs / 1000.0, share));
            remaining -= bucket.count();
            lowerEdgeNs = bucket.upperBoundNs();
        }
        if (lowerEdgeNs / 1000.0 > points.get(points.size() - 1).latencyUs()) {
            points.add(new RunViews.TailPoint(lowerEdgeNs / 1000.0, share));
        }
        return points;
    }
}
