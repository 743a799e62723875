package io.benchwarden.changepoint;

/**
 * A level shift in a series.
 *
 * @param index        the first point after the shift (the first run on the new level)
 * @param medianBefore median of the segment that ends just before {@code index}
 * @param medianAfter  median of the segment that starts at {@code index}
 * @param pValue       the uncorrected two-sided Mann–Whitney p-value of the split between the two segments
 */
public record ChangePoint(int index, double medianBefore, double medianAfter, double pValue) {

    /** {@code (after - before) / |before|}; positive when the metric went up. */
    public double relativeChange() {
        return (medianAfter - medianBefore) / Math.abs(medianBefore);
    }
}
