package io.benchwarden.trend;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.benchwarden.changepoint.ChangePoint;
import io.benchwarden.changepoint.ChangePointDetector;

/**
 * The change points of a series depend on its values alone, and a dashboard asks for the same charts again and
 * again between two uploads: the detector (most of a trend answer's time) runs once per distinct series. The memo
 * is keyed by the values themselves, so it can never answer for a series that changed; a new run shifts the
 * window and simply misses. Bounded (least recently used first out): at most 512 series of at most 2 000 points.
 */
final class ChangePointMemo {

    private static final int ENTRIES = 512;

    private final ChangePointDetector detector;
    private final Map<Key, List<ChangePoint>> known = Collections.synchronizedMap(
            new LinkedHashMap<>(ENTRIES, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, List<ChangePoint>> eldest) {
                    return size() > ENTRIES;
                }
            });

    ChangePointMemo(ChangePointDetector detector) {
        this.detector = detector;
    }

    List<ChangePoint> detect(double[] series) {
        Key key = new Key(series.clone());
        List<ChangePoint> found = known.get(key);
        if (found == null) {
            found = List.copyOf(detector.detect(series));
            known.put(key, found);
        }
        return found;
    }

    private record Key(double[] values) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(values, key.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "series of " + values.length + " values";
        }
    }
}
