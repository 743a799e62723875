package io.benchwarden.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FirstBadRunTests {

    /** Runs numbered from 100 on; every value at or under {@code budget} passes. */
    private static List<FirstBadRun.Point> history(double budget, double... values) {
        List<FirstBadRun.Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new FirstBadRun.Point(100 + i, values[i], values[i] <= budget));
        }
        return points;
    }

    @Test
    void shouldTakeTheChangePointWhenTheLevelRoseRunsBeforeTheRowFailed() {
        var rows = history(1.05, 0.95, 0.951, 0.949, 0.95, 0.952, 0.948, 0.95, 0.951, 0.949, 0.95,
                1.035, 1.036, 1.034, 1.037, 1.035, 1.036, 1.063);

        assertThat(FirstBadRun.of(rows, true, false)).isEqualTo(110);
    }

    @Test
    void shouldTakeTheFailingRunWhenNothingMovedBefore() {
        var rows = history(1.05, 0.95, 0.951, 0.949, 0.95, 0.952, 0.948, 0.95, 0.951, 0.949, 0.95, 1.063);

        assertThat(FirstBadRun.of(rows, true, false)).isEqualTo(110);
    }

    @Test
    void shouldTakeTheFailingRunWhenTheNewestMoveWasForTheBetter() {
        var rows = history(1.05, 1.04, 1.041, 1.039, 1.04, 1.042, 1.038, 0.95, 0.951, 0.949, 0.95, 0.952, 1.063);

        assertThat(FirstBadRun.of(rows, true, false)).isEqualTo(111);
    }

    @Test
    void shouldNotReachBackPastTheRowsPreviousFailure() {
        var rows = history(1.05, 0.95, 0.951, 0.949, 0.95, 0.952, 1.035, 1.036, 1.034, 1.06, 1.035, 1.036, 1.037,
                1.063);

        assertThat(FirstBadRun.of(rows, true, false)).isEqualTo(112);
    }

    @Test
    void shouldReadAnAtLeastRowsWorseDirectionDownwards() {
        var rows = new ArrayList<FirstBadRun.Point>();
        double[] values = { 1000, 1004, 998, 1001, 1003, 999, 1000, 700, 702, 698, 701, 699, 690 };
        for (int i = 0; i < values.length; i++) {
            rows.add(new FirstBadRun.Point(100 + i, values[i], values[i] >= 695));
        }

        assertThat(FirstBadRun.of(rows, false, false)).isEqualTo(107);
        assertThat(FirstBadRun.of(rows, true, false)).isEqualTo(112);
    }

    /** Half a percent more delta is no regression, though as a raw number it is five times the noise around zero. */
    @Test
    void shouldSearchAPercentageAsARatio() {
        var rows = history(10, 0.1, -0.1, 0.05, -0.05, 0.0, 0.1, -0.1, 0.5, 0.6, 0.4, 0.55, 0.45, 11.0);

        assertThat(FirstBadRun.of(rows, true, true)).isEqualTo(112);
        assertThat(FirstBadRun.of(rows, true, false)).isEqualTo(107);
    }
}
