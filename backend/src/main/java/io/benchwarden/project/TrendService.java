package io.benchwarden.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import io.benchwarden.changepoint.ChangePoint;
import io.benchwarden.changepoint.ChangePointDetector;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a window of runs into the trend charts: open and connect latencies baseline against with-agent, the p95
 * ratios against the 1.05 budget, and each comparison row's delta_pct against its own budget, each measured series
 * with its change points.
 */
@Service
class TrendService {

    static final int MAX_POINTS = 2000;
    static final double P95_RATIO_BUDGET = 1.05;

    private record Statistic(String name, ToDoubleFunction<TrendQueries.ProfileRow> value) {
    }

    private static final List<Statistic> STATISTICS = List.of(
            new Statistic("p50", TrendQueries.ProfileRow::p50), new Statistic("p95", TrendQueries.ProfileRow::p95),
            new Statistic("p99", TrendQueries.ProfileRow::p99));

    private final TrendQueries queries;
    private final ChangePointDetector detector = new ChangePointDetector();

    TrendService(TrendQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    TrendViews.Trends trends(Project project, TrendQueries.Window window) {
        List<TrendQueries.RunRow> runs = queries.runs(TrendQueries.Source.STRICT, window);
        List<Long> ids = runs.stream().map(TrendQueries.RunRow::id).toList();
        Map<Long, Integer> index = index(ids);
        List<TrendViews.Chart> charts = new ArrayList<>();
        var profiles = queries.profiles(ids);
        charts.add(latencyChart("open", profiles, index, runs.size()));
        charts.add(latencyChart("connect", profiles, index, runs.size()));
        charts.add(ratioChart(profiles, index, runs.size()));
        charts.addAll(comparisonCharts(queries.comparisons(ids), index, runs.size()));
        return result(project, window, runs, "/runs/", charts);
    }

    /**
     * One chart per hosted series: its mean real time, the baseline it was compared with, and the band of the
     * project's threshold (±20 % by default) around that baseline, which the series must leave to raise an alert.
     */
    @Transactional(readOnly = true)
    TrendViews.Trends hosted(Project project, TrendQueries.Window window) {
        List<TrendQueries.RunRow> runs = queries.runs(TrendQueries.Source.HOSTED, window);
        List<Long> ids = runs.stream().map(TrendQueries.RunRow::id).toList();
        Map<Long, Integer> index = index(ids);
        Map<String, Double[][]> bySeries = new LinkedHashMap<>();
        for (TrendQueries.HostedRow row : queries.hostedSeries(ids)) {
            int i = index.get(row.runId());
            Double[][] values = bySeries.computeIfAbsent(row.series(), k -> new Double[4][runs.size()]);
            values[0][i] = row.realTimeNs();
            if (row.baselineNs() != null) {
                double threshold = runs.get(i).threshold();
                values[1][i] = row.baselineNs();
                values[2][i] = row.baselineNs() * (1 + threshold);
                values[3][i] = row.baselineNs() * (1 - threshold);
            }
        }
        List<TrendViews.Chart> charts = new ArrayList<>();
        int n = 0;
        for (var entry : bySeries.entrySet()) {
            Double[][] values = entry.getValue();
            charts.add(new TrendViews.Chart("hosted-" + n++, entry.getKey(), "ns", List.of(
                    measured("mean real time", values[0], false),
                    budget("baseline", values[1]),
                    band("upper threshold", values[2]),
                    band("lower threshold", values[3]))));
        }
        return result(project, window, runs, "/hosted-runs/", charts);
    }

    private static Map<Long, Integer> index(List<Long> ids) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        return index;
    }

    private static TrendViews.Trends result(Project project, TrendQueries.Window window,
            List<TrendQueries.RunRow> runs, String link, List<TrendViews.Chart> charts) {
        List<TrendViews.Point> points = runs.stream().map(r -> new TrendViews.Point(r.id(), r.startedAt(),
                r.commit(), r.status(), link + r.id())).toList();
        long total = runs.isEmpty() ? 0 : runs.get(0).total();
        return new TrendViews.Trends(project.getName(), window.branch(), window.from(), window.to(), total, points,
                charts);
    }

    private TrendViews.Chart latencyChart(String kind, List<TrendQueries.ProfileRow> profiles,
            Map<Long, Integer> index, int size) {
        List<TrendViews.Series> series = new ArrayList<>();
        for (boolean withAgent : new boolean[] { false, true }) {
            for (Statistic statistic : STATISTICS) {
                Double[] values = new Double[size];
                profiles.stream().filter(p -> p.kind().equals(kind) && p.withAgent() == withAgent)
                        .forEach(p -> values[index.get(p.runId())] = statistic.value().applyAsDouble(p));
                series.add(measured(statistic.name() + (withAgent ? " with agent" : " baseline"), values, false));
            }
        }
        return new TrendViews.Chart(kind + "-latency", kind + " latency", "µs", series);
    }

    private TrendViews.Chart ratioChart(List<TrendQueries.ProfileRow> profiles, Map<Long, Integer> index, int size) {
        List<TrendViews.Series> series = new ArrayList<>();
        for (String kind : List.of("open", "connect")) {
            Double[] baseline = new Double[size];
            Double[] withAgent = new Double[size];
            profiles.stream().filter(p -> p.kind().equals(kind))
                    .forEach(p -> (p.withAgent() ? withAgent : baseline)[index.get(p.runId())] = p.p95());
            Double[] ratio = new Double[size];
            for (int i = 0; i < size; i++) {
                if (baseline[i] != null && withAgent[i] != null && baseline[i] != 0) {
                    ratio[i] = withAgent[i] / baseline[i];
                }
            }
            series.add(measured(kind + " p95 ratio", ratio, false));
        }
        Double[] budget = new Double[size];
        Arrays.fill(budget, P95_RATIO_BUDGET);
        series.add(budget("budget " + P95_RATIO_BUDGET, budget));
        return new TrendViews.Chart("p95-ratio", "p95 ratio with agent / baseline", "ratio", series);
    }

    private List<TrendViews.Chart> comparisonCharts(List<TrendQueries.ComparisonRow> rows, Map<Long, Integer> index,
            int size) {
        Map<String, Double[][]> byName = new LinkedHashMap<>();
        for (TrendQueries.ComparisonRow row : rows) {
            Double[][] values = byName.computeIfAbsent(row.source() + "\u0000" + row.name(),
                    k -> new Double[][] { new Double[size], new Double[size] });
            values[0][index.get(row.runId())] = row.deltaPct();
            values[1][index.get(row.runId())] = row.maxAllowedPct();
        }
        List<TrendViews.Chart> charts = new ArrayList<>();
        int n = 0;
        for (var entry : byName.entrySet()) {
            String[] key = entry.getKey().split("\u0000", 2);
            String title = (key[0].equals("open_compare") ? "open_close_compare" : key[1]) + " delta";
            charts.add(new TrendViews.Chart("comparison-" + n++, title, "%",
                    List.of(measured("delta_pct", entry.getValue()[0], true),
                            budget("max_allowed_pct", entry.getValue()[1]))));
        }
        return charts;
    }

    private static TrendViews.Series budget(String label, Double[] values) {
        return new TrendViews.Series(label, "budget", Arrays.asList(values), List.of());
    }

    private static TrendViews.Series band(String label, Double[] values) {
        return new TrendViews.Series(label, "band", Arrays.asList(values), List.of());
    }

    /** Percent deltas hover around zero, so they are searched as ratios, as the detector asks. */
    private TrendViews.Series measured(String label, Double[] values, boolean percent) {
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && Double.isFinite(values[i])) {
                present.add(i);
            }
        }
        double[] series = present.stream().mapToDouble(i -> percent ? 1 + values[i] / 100 : values[i]).toArray();
        List<Integer> changePoints = detector.detect(series).stream().map(ChangePoint::index).map(present::get)
                .toList();
        return new TrendViews.Series(label, "value", Arrays.asList(values), changePoints);
    }
}
