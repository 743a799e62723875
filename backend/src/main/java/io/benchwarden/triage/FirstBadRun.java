package io.benchwarden.triage;

import java.util.List;

import io.benchwarden.changepoint.ChangePoint;
import io.benchwarden.changepoint.ChangePointDetector;

/**
 * Where a regression began, for a row of the strict gate that has just started failing. The first failing run
 * is not always the first bad one: a level that rose a few runs earlier, while noise kept the value under its
 * budget, moved at its change point. So the first bad run is the newest change point of the row's history, when
 * it is a move for the worse, lies after the row last failed, and nothing moved after it; otherwise the failing
 * run itself.
 */
final class FirstBadRun {

    private static final ChangePointDetector DETECTOR = new ChangePointDetector();

    /** One run's value of the row, oldest first; the last point is the run that failed. */
    record Point(long runId, double value, boolean pass) {
    }

    private FirstBadRun() {
    }

    /**
     * @param lowerIsBetter true for a {@code <=} row, false for a {@code >=} row
     * @param percent a percentage hovers around zero, so it is searched as the ratio {@code 1 + value / 100}, as the
     *        detector asks
     * @return the first bad run's id
     */
    static long of(List<Point> history, boolean lowerIsBetter, boolean percent) {
        int last = history.size() - 1;
        int floor = 0;
        for (int i = last - 1; i >= 0; i--) {
            if (!history.get(i).pass()) {
                floor = i + 1;
                break;
            }
        }
        double[] values = history.stream().mapToDouble(p -> percent ? 1 + p.value() / 100 : p.value()).toArray();
        for (double value : values) {
            if (!Double.isFinite(value)) {
                return history.get(last).runId();
            }
        }
        List<ChangePoint> points = DETECTOR.detect(values);
        if (points.isEmpty()) {
            return history.get(last).runId();
        }
        ChangePoint newest = points.get(points.size() - 1);
        boolean worse = lowerIsBetter ? newest.medianAfter() > newest.medianBefore()
                : newest.medianAfter() < newest.medianBefore();
        return worse && newest.index() >= floor ? history.get(newest.index()).runId() : history.get(last).runId();
    }
}
