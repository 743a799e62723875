package io.benchwarden.changepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChangePointDetectorTests {

    private final ChangePointDetector detector = new ChangePointDetector();

    @Test
    void shouldFindASingleStepAtTheFirstPointOfTheNewLevel() {
        double[] series = concat(noisy(1, 40, 100, 1), noisy(2, 40, 120, 1));

        List<ChangePoint> points = detector.detect(series);

        assertThat(points).singleElement().satisfies(point -> {
            assertThat(point.index()).isEqualTo(40);
            assertThat(point.medianBefore()).isCloseTo(100, offset(1.0));
            assertThat(point.medianAfter()).isCloseTo(120, offset(1.0));
            assertThat(point.relativeChange()).isCloseTo(0.20, offset(0.02));
            assertThat(point.pValue()).isLessThan(1e-6);
        });
    }

    @Test
    void shouldFindTwoSuccessiveSteps() {
        double[] series = concat(noisy(3, 40, 100, 1), noisy(4, 40, 120, 1), noisy(5, 40, 150, 1));

        assertThat(detector.detect(series)).extracting(ChangePoint::index).containsExactly(40, 80);
    }

    @Test
    void shouldFindAStepUpAndItsRecovery() {
        double[] series = concat(noisy(6, 30, 100, 1), noisy(7, 30, 130, 1), noisy(8, 30, 100, 1));

        List<ChangePoint> points = detector.detect(series);

        assertThat(points).extracting(ChangePoint::index).containsExactly(30, 60);
        assertThat(points.get(1).medianAfter()).isCloseTo(100, offset(1.0));
        assertThat(points.get(1).relativeChange()).isNegative();
    }

    @Test
    void shouldFindAShortRegressionAndItsFixBetweenTwoEqualLevels() {
        // Six runs 12 % higher between 20 and 16 runs at one level: no single split separates them, the interval does.
        double[] series = concat(noisy(21, 20, 1.00, 0.01), noisy(22, 6, 1.12, 0.01), noisy(23, 16, 1.00, 0.01));

        List<ChangePoint> points = detector.detect(series);

        // Noise can make the last run before the shift look like its first; the mark may land one run early.
        assertThat(points).hasSize(2);
        assertThat(points.get(0).index()).isCloseTo(20, org.assertj.core.data.Offset.offset(1));
        assertThat(points.get(1).index()).isEqualTo(26);
        assertThat(points.get(0).relativeChange()).isCloseTo(0.12, offset(0.02));
        assertThat(points.get(1).relativeChange()).isNegative();
    }

    @Test
    void shouldFindAStepAsShortAsTheMinimumSegmentAtTheEnd() {
        double[] series = concat(noisy(9, 30, 100, 1), noisy(10, 5, 130, 1));

        assertThat(detector.detect(series)).extracting(ChangePoint::index).containsExactly(30);
    }

    @ParameterizedTest
    @ValueSource(longs = { 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 })
    void shouldFindNothingInWhiteNoise(long seed) {
        assertThat(detector.detect(noisy(seed, 120, 100, 3))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = { 21, 22, 23, 24, 25 })
    void shouldFindNothingInWhiteNoiseEvenWithoutAMinimumEffect(long seed) {
        ChangePointDetector testOnly = new ChangePointDetector(ChangePointSettings.DEFAULTS.withMinRelativeEffect(0));

        assertThat(testOnly.detect(noisy(seed, 120, 100, 3))).isEmpty();
    }

    @Test
    void shouldNotMarkASlowSmallDrift() {
        // 3 % over 100 runs: real, but never a 5 % shift between neighbouring windows
        double[] series = noisy(26, 100, 100, 0.5);
        for (int i = 0; i < series.length; i++) {
            series[i] += 3.0 * i / 99;
        }

        assertThat(detector.detect(series)).isEmpty();
    }

    @Test
    void shouldNotMarkSingleOutliersOrSpikes() {
        double[] series = noisy(27, 80, 100, 2);
        series[20] = 400;
        series[50] = 20;
        series[51] = 380;

        assertThat(detector.detect(series)).isEmpty();
    }

    @Test
    void shouldIgnoreATinyShiftOnAVeryStableSeriesUnlessAskedFor() {
        double[] series = concat(noisy(28, 40, 100, 0.01), noisy(29, 40, 101, 0.01));

        assertThat(detector.detect(series)).isEmpty();
        assertThat(new ChangePointDetector(ChangePointSettings.DEFAULTS.withMinRelativeEffect(0.005)).detect(series))
                .extracting(ChangePoint::index).containsExactly(40);
    }

    @Test
    void shouldFindNothingInAConstantOrShortSeries() {
        assertThat(detector.detect(new double[40])).isEmpty();
        assertThat(detector.detect(new double[] { 1, 1, 1, 9, 9, 9 })).isEmpty();
        assertThat(detector.detect(new double[0])).isEmpty();
    }

    @Test
    void shouldRejectNonFiniteValuesNamingTheIndex() {
        assertThatIllegalArgumentException().isThrownBy(() -> detector.detect(new double[] { 1, 2, Double.NaN }))
                .withMessage("series value at index 2 is NaN; change points need finite values");
    }

    @Test
    void shouldStayFastOnALongSeries() {
        double[] series = concat(noisy(30, 1000, 100, 3), noisy(31, 1000, 110, 3));

        assertThat(detector.detect(series)).extracting(ChangePoint::index).containsExactly(1000);
    }

    /** Gaussian noise around {@code level}; seeded so every run sees the same series. */
    static double[] noisy(long seed, int length, double level, double sd) {
        Random random = new Random(seed);
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = level + sd * random.nextGaussian();
        }
        return values;
    }

    static double[] concat(double[]... parts) {
        int length = 0;
        for (double[] part : parts) {
            length += part.length;
        }
        double[] all = new double[length];
        int at = 0;
        for (double[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
