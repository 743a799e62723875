package io.benchwarden.changepoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;

/**
 * Finds level shifts in a metric series ordered by time, so the UI can mark the first run after which the metric
 * moved. Method: binary segmentation with a two-sided Mann–Whitney U test (rank based, so robust to the outliers
 * and skew of latency data). See {@code docs/CHANGE-POINTS.md}.
 * <ol>
 * <li>In a segment, every split leaving at least {@code minSegment} points on each side is a candidate; the two
 * windows compared are the segment's points before the split and from it.</li>
 * <li>The split with the largest standardised U statistic (ties: the earlier split) is weighed: when its window
 * medians differ by less than {@code minRelativeEffect} of the earlier median, the segment has no change point (on
 * very stable series tiny shifts are significant but not worth a mark). Otherwise it is a change point when its
 * p-value is below {@code alpha / candidates}, a Bonferroni correction for the number of candidate splits tried in
 * the segment. Candidates are ranked by the statistic rather than the p-value because far in the tail the p-values
 * of neighbouring splits agree to within their precision.</li>
 * <li>A segment without such a split is searched once more for a shifted interval (a level that moved and came
 * back), weighed and tested the same way, with the exact rank-sum distribution for small samples.</li>
 * <li>A found point splits the segment and both halves are searched again, until no segment has a significant
 * candidate or room for one.</li>
 * <li>Each point is then located once more by the same search within the segment bounded by its neighbours, since
 * a segment holding a third level pulls a split a point or two towards its middle.</li>
 * </ol>
 * The segment is ranked once, so each candidate's U comes from a prefix sum of ranks. The medians reported for a
 * point are those of the final segments either side of it. The effect is relative to the earlier median, so a series
 * hovering around zero (a delta in percent) should be given as a ratio ({@code 1 + delta / 100}) instead.
 */
public final class ChangePointDetector {

    /**
     * Longest shifted interval looked for. A shift that lasts longer shows as two steps a single split finds; the
     * bound keeps the interval search linear in the series length.
     */
    private static final int MAX_INTERVAL = 100;

    private final ChangePointSettings settings;
    private final MannWhitneyUTest test = new MannWhitneyUTest();

    public ChangePointDetector(ChangePointSettings settings) {
        this.settings = settings;
    }

    public ChangePointDetector() {
        this(ChangePointSettings.DEFAULTS);
    }

    /** @return change points in index order; none for a series shorter than {@code 2 * minSegment} */
    public List<ChangePoint> detect(double[] series) {
        for (int i = 0; i < series.length; i++) {
            if (!Double.isFinite(series[i])) {
                throw new IllegalArgumentException(
                        "series value at index " + i + " is " + series[i] + "; change points need finite values");
            }
        }
        List<Integer> found = new ArrayList<>();
        search(series, 0, series.length, found);
        found.sort(Comparator.naturalOrder());
        List<ChangePoint> points = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            int from = k == 0 ? 0 : points.get(k - 1).index();
            int to = k == found.size() - 1 ? series.length : found.get(k + 1);
            // Re-locate between the neighbours: with a third level inside its segment, binary segmentation can place
            // a split a point or two towards the segment's middle.
            Split split = bestSplit(series, from, to);
            int at = split == null ? found.get(k) : split.index();
            double p = split == null ? pValue(series, from, at, to) : split.pValue();
            points.add(new ChangePoint(at, median(series, from, at), median(series, at, to), p));
        }
        return points;
    }

    private void search(double[] series, int from, int to, List<Integer> found) {
        if (to - from < 2 * settings.minSegment()) {
            return;
        }
        // The split search and, when it finds nothing, the interval search rank the same segment: ranked once.
        double[] rankSums = prefixRankSums(Arrays.copyOfRange(series, from, to));
        Split split = bestSplit(series, from, to, rankSums);
        if (split != null) {
            found.add(split.index());
            search(series, from, split.index(), found);
            search(series, split.index(), to, found);
            return;
        }
        // No single step: a level that moved and came back (a regression fixed a few runs later) leaves both halves
        // of every split looking alike, so the segment is searched once more for a shifted interval.
        Interval interval = bestInterval(series, from, to, rankSums);
        if (interval != null) {
            found.add(interval.start());
            found.add(interval.end());
            search(series, from, interval.start(), found);
            search(series, interval.start(), interval.end(), found);
            search(series, interval.end(), to, found);
        }
    }

    /**
     * The interval {@code [start, end)} of at least {@code minSegment} (and at most {@value #MAX_INTERVAL}) points whose values differ most from the rest
     * of the segment (at least {@code minSegment} points, on both sides of it), when significant after a Bonferroni
     * correction for every interval tried.
     */
    private Interval bestInterval(double[] series, int from, int to, double[] rankSums) {
        int min = settings.minSegment();
        int length = to - from;
        if (length < 2 * min + 2) {
            return null;
        }
        // Every term but the rank sum depends only on the interval's length, so the intervals are tried length by
        // length (this loop is most of the detector's time on a long series). Since u = max(u1, n1 n2 - u1) and the
        // mean is n1 n2 / 2, the statistic is |u1 - mean| / deviation: within one length the largest |u1 - mean| has
        // the largest statistic, so the inner loop only subtracts and compares, and one division a length ranks it
        // against the other lengths. Rank sums are multiples of 1/2, so every difference is exact, and distinct
        // differences (at least 1/4 apart) stay distinct after the division for any series this detector is given.
        int longest = Math.min(MAX_INTERVAL, length - min);
        int bestStart = -1;
        int bestInside = 0;
        double bestZ = Double.NEGATIVE_INFINITY;
        long candidates = 0;
        for (int inside = min; inside <= longest; inside++) {
            int outside = length - inside;
            double centre = lowestRankSum(inside) + inside * (double) outside / 2;
            // Intervals start after the segment's first point and end before its end.
            int lastStart = to - 1 - inside;
            candidates += Math.max(0, lastStart - from);
            double widest = -1;
            int widestStart = -1;
            for (int start = from + 1; start <= lastStart; start++) {
                double distance = Math.abs(rankSums[start + inside - from] - rankSums[start - from] - centre);
                if (distance > widest) {
                    widest = distance;
                    widestStart = start;
                }
            }
            if (widestStart < 0) {
                continue;
            }
            double z = widest / Math.sqrt(inside * (double) outside * (length + 1) / 12);
            // Ties go to the earliest start, then the shortest interval (which was tried first).
            if (z > bestZ || z == bestZ && widestStart < bestStart) {
                bestZ = z;
                bestStart = widestStart;
                bestInside = inside;
            }
        }
        Interval best = bestStart < 0 ? null : new Interval(bestStart, bestStart + bestInside,
                rankSums[bestStart + bestInside - from] - rankSums[bestStart - from]
                        - lowestRankSum(bestInside));
        // Only the strongest interval is weighed for its size: when even that one moved the level too little to matter,
        // nothing in the segment does.
        if (best == null || relativeEffect(outsideMedian(series, from, best.start(), best.end(), to),
                median(series, best.start(), best.end())) < settings.minRelativeEffect()) {
            return null;
        }
        int inside = best.end() - best.start();
        double p = ExactRankSumTest.twoSidedP(best.u(), inside, length - inside);
        return p < settings.alpha() / candidates ? best : null;
    }

    /**
     * The rank sum of {@code n} points holding the n lowest ranks, 1 + 2 + ... + n: a rank sum less this is the
     * Mann-Whitney u of those points.
     */
    private static double lowestRankSum(int n) {
        return n * (n + 1.0) / 2;
    }

    private static double outsideMedian(double[] series, int from, int start, int end, int to) {
        double[] outside = new double[(start - from) + (to - end)];
        System.arraycopy(series, from, outside, 0, start - from);
        System.arraycopy(series, end, outside, start - from, to - end);
        return new Median().evaluate(outside);
    }

    /** The significant split of {@code [from, to)} with the largest statistic, or null when there is none. */
    private Split bestSplit(double[] series, int from, int to) {
        return bestSplit(series, from, to, prefixRankSums(Arrays.copyOfRange(series, from, to)));
    }

    /** @param rankSums the segment's {@link #prefixRankSums} */
    private Split bestSplit(double[] series, int from, int to, double[] rankSums) {
        int min = settings.minSegment();
        int candidates = to - from - 2 * min + 1;
        if (candidates < 1) {
            return null;
        }
        Split best = null;
        for (int at = from + min; at <= to - min; at++) {
            double n1 = at - from;
            double n2 = to - at;
            double u1 = rankSums[at - from] - lowestRankSum(at - from);
            double u = Math.max(u1, n1 * n2 - u1);
            double z = (u - n1 * n2 / 2) / Math.sqrt(n1 * n2 * (n1 + n2 + 1) / 12);
            if (best == null || z > best.z()) {
                best = new Split(at, z, Double.NaN, Double.NaN);
            }
        }
        // Only the strongest split is weighed for its size: when even that one moved the level too little to matter,
        // nothing in the segment does (a tiny, very significant shift on a very stable series is not worth a mark).
        double effect = relativeEffect(median(series, from, best.index()), median(series, best.index(), to));
        if (effect == 0 || effect < settings.minRelativeEffect()) {
            return null;
        }
        double p = pValue(series, from, best.index(), to);
        return p < settings.alpha() / candidates ? new Split(best.index(), best.z(), effect, p) : null;
    }

    private double pValue(double[] series, int from, int at, int to) {
        return test.mannWhitneyUTest(Arrays.copyOfRange(series, from, at), Arrays.copyOfRange(series, at, to));
    }

    /** {@code sums[k]} is the sum of the ranks (ties averaged) of the first k values within the segment. */
    private static double[] prefixRankSums(double[] segment) {
        double[] ranks = ranks(segment);
        double[] sums = new double[ranks.length + 1];
        for (int i = 0; i < ranks.length; i++) {
            sums[i + 1] = sums[i] + ranks[i];
        }
        return sums;
    }

    /**
     * Ranks 1..n with ties given their average rank, as commons-math's {@code NaturalRanking} with
     * {@code TiesStrategy.AVERAGE} gives them, but on primitives: a value's ties occupy one run of the sorted copy,
     * whose average rank is computed once, at the run's first index, and found by one binary search. (The boxed
     * ranking was about half of the detector's time; two searches a value, for both ends of its run, were a third.)
     */
    static double[] ranks(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] runRank = new double[sorted.length];
        for (int first = 0; first < sorted.length;) {
            int end = first + 1;
            while (end < sorted.length && Double.compare(sorted[end], sorted[first]) == 0) {
                end++;
            }
            // Ranks first + 1 .. end, averaged.
            runRank[first] = (first + end + 1) / 2.0;
            first = end;
        }
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            ranks[i] = runRank[firstAtOrAfter(sorted, values[i])];
        }
        return ranks;
    }

    /** The first index whose value sorts at or after {@code value}. */
    private static int firstAtOrAfter(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (Double.compare(sorted[middle], value) < 0) {
                low = middle + 1;
            }
            else {
                high = middle;
            }
        }
        return low;
    }

    private static double relativeEffect(double before, double after) {
        double scale = before != 0 ? Math.abs(before) : Math.abs(after);
        return scale == 0 ? 0 : Math.abs(after - before) / scale;
    }

    private static double median(double[] series, int from, int to) {
        return new Median().evaluate(series, from, to - from);
    }

    private record Split(int index, double z, double effect, double pValue) {
    }

    private record Interval(int start, int end, double u) {
    }
}
