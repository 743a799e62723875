package io.benchwarden.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.benchwarden.changepoint.ChangePoint;
import io.benchwarden.changepoint.ChangePointDetector;
import org.junit.jupiter.api.Test;

class ChangePointMemoTests {

    private final ChangePointDetector detector = new ChangePointDetector();
    private final ChangePointMemo memo = new ChangePointMemo(detector);

    private static double[] step(int at, double before, double after) {
        double[] series = new double[40];
        for (int i = 0; i < series.length; i++) {
            series[i] = (i < at ? before : after) + (i % 3) * 0.01;
        }
        return series;
    }

    @Test
    void shouldAnswerWhatTheDetectorFindsAndDetectASeriesOnlyOnce() {
        double[] series = step(20, 1.0, 1.2);
        List<ChangePoint> first = memo.detect(series);
        assertThat(first).isEqualTo(detector.detect(series));
        assertThat(first).extracting(ChangePoint::index).containsExactly(20);
        assertThat(memo.detect(series.clone())).as("the remembered answer").isSameAs(first);
    }

    @Test
    void shouldNeverAnswerForASeriesThatChanged() {
        double[] series = step(20, 1.0, 1.2);
        List<ChangePoint> before = memo.detect(series);
        series[30] = 1.0;
        series[31] = 1.0;
        // the caller's array changed after the call: the memo kept its own copy, and the new values are new
        assertThat(memo.detect(step(20, 1.0, 1.2))).isSameAs(before);
        assertThat(memo.detect(step(10, 1.0, 1.2))).extracting(ChangePoint::index).containsExactly(10);
        assertThat(memo.detect(step(40, 1.0, 1.2))).isEmpty();
    }
}
