package io.benchwarden.trend;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.benchwarden.noise.NoiseFloor;

/**
 * The band of each run's host noise floor around a measured ratio on the trend charts: the run's value plus and
 * minus its host's spread as of that run, so a step inside the band reads as the host's wobble and one outside it
 * as a change. Runs without a noise floor leave a gap.
 */
final class NoiseBands {

    private final List<Long> runIds;
    private final Map<Long, NoiseFloor> floors;

    NoiseBands(List<Long> runIds, Map<Long, NoiseFloor> floors) {
        this.runIds = runIds;
        this.floors = floors;
    }

    /**
     * The upper and lower edge around {@code values} (aligned with the runs), or nothing when no run of the window
     * has this spread.
     *
     * @param unitsPerRatio 1 for a ratio, 100 for a percentage delta
     */
    List<TrendViews.Series> around(String label, Double[] values, Function<NoiseFloor, Double> spread,
            double unitsPerRatio) {
        Double[] upper = new Double[values.length];
        Double[] lower = new Double[values.length];
        boolean any = false;
        for (int i = 0; i < values.length; i++) {
            NoiseFloor floor = floors.get(runIds.get(i));
            Double width = floor == null ? null : spread.apply(floor);
            if (values[i] != null && width != null) {
                upper[i] = values[i] + width * unitsPerRatio;
                lower[i] = values[i] - width * unitsPerRatio;
                any = true;
            }
        }
        if (!any) {
            return List.of();
        }
        // "upper" first: the chart script fills from an upper edge down to the series after it
        return List.of(new TrendViews.Series("upper noise floor, " + label, "band", Arrays.asList(upper), List.of()),
                new TrendViews.Series("lower noise floor, " + label, "band", Arrays.asList(lower), List.of()));
    }
}
