package io.benchwarden.changepoint;

/**
 * The knobs of {@link ChangePointDetector}, defaults in one place.
 *
 * @param minSegment        fewest points on each side of a change (and in every segment); at least 3
 * @param alpha             family-wise significance level, divided by the number of candidate splits in a segment
 * @param minRelativeEffect smallest relative change of the median worth reporting, 0.05 for 5 %
 */
public record ChangePointSettings(int minSegment, double alpha, double minRelativeEffect) {

    public static final ChangePointSettings DEFAULTS = new ChangePointSettings(5, 0.05, 0.05);

    public ChangePointSettings {
        if (minSegment < 3) {
            throw new IllegalArgumentException("change point minSegment must be at least 3 points, got " + minSegment);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("change point alpha must be strictly between 0 and 1, got " + alpha);
        }
        if (!(minRelativeEffect >= 0)) {
            throw new IllegalArgumentException(
                    "change point minRelativeEffect must be 0 or more, got " + minRelativeEffect);
        }
    }

    public ChangePointSettings withMinRelativeEffect(double effect) {
        return new ChangePointSettings(minSegment, alpha, effect);
    }
}
