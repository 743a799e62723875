package io.benchwarden.trend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.benchwarden.system.Csv;

/**
 * The trend charts as one table: a row per point and series, in chart order, then series order, then time. A point
 * a series has no value for (a run without that scenario) has an empty value cell.
 */
final class TrendCsv {

    static final List<String> HEADER = List.of("chart", "series", "role", "run_id", "started_at", "commit", "status",
            "value", "change_point");

    private TrendCsv() {
    }

    static String of(TrendViews.Trends trends) {
        List<List<Object>> rows = new ArrayList<>();
        for (TrendViews.Chart chart : trends.charts()) {
            for (TrendViews.Series series : chart.series()) {
                for (int i = 0; i < trends.points().size(); i++) {
                    TrendViews.Point point = trends.points().get(i);
                    Double value = i < series.values().size() ? series.values().get(i) : null;
                    rows.add(Arrays.asList(chart.id(), series.label(), series.role(), point.runId(),
                            point.startedAt(), point.commit(), point.status(), value,
                            series.changePoints().contains(i)));
                }
            }
        }
        return Csv.write(HEADER, rows);
    }
}
