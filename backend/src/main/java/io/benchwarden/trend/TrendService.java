package io.benchwarden.trend;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import io.benchwarden.changepoint.ChangePoint;
import io.benchwarden.changepoint.ChangePointDetector;
import io.benchwarden.contract.gate.StrictGate;
import io.benchwarden.noise.NoiseFloor;
import io.benchwarden.noise.NoiseProfiles;
import io.benchwarden.project.Project;
import io.benchwarden.system.RunLabels;
import io.benchwarden.trend.TrendQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a window of runs into the trend charts: open and connect latencies baseline against with-agent, the p95
 * ratios and each delta row as the run's verdict recorded them, against the budget that judged the run, each
 * measured series with its change points, and the host's noise band around the p95 ratios and the open compare.
 */
@Service
class TrendService {

    static final int MAX_POINTS = 2000;
    private static final String P95_RATIO = "p95_ratio";
    private static final String DELTA_PCT = "delta_pct";

    private record Statistic(String name, ToDoubleFunction<TrendQueries.ProfileRow> value) {
    }

    private static final List<Statistic> STATISTICS = List.of(
            new Statistic("p50", TrendQueries.ProfileRow::p50), new Statistic("p95", TrendQueries.ProfileRow::p95),
            new Statistic("p99", TrendQueries.ProfileRow::p99));

    private final TrendQueries queries;
    private final NoiseProfiles noise;
    private final ChangePointMemo changePoints = new ChangePointMemo(new ChangePointDetector());

    TrendService(TrendQueries queries, NoiseProfiles noise) {
        this.queries = queries;
        this.noise = noise;
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
        List<TrendQueries.GateRow> verdicts = queries.gateRows(ids, List.of(P95_RATIO, DELTA_PCT));
        NoiseBands bands = new NoiseBands(ids, noise.floors(ids));
        charts.add(ratioChart(verdicts, index, runs.size(), bands));
        charts.addAll(deltaCharts(verdicts, index, runs.size(), bands));
        List<TrendViews.Runner> runners = runners(spanOf(window, runs));
        return result(project, window, runners, runs, "strict", charts);
    }

    /**
     * The window narrowed to the time its charted runs span: the hosts named are those of the runs on the charts
     * (with every host's runs in that time when one runner is kept), and naming them reads that span's rows through
     * the branch index instead of counting the branch's whole history when the newest-N limit cuts the window.
     */
    private static TrendQueries.Window spanOf(TrendQueries.Window window, List<TrendQueries.RunRow> runs) {
        if (runs.isEmpty()) {
            return window;
        }
        // The runs come oldest first; the window's end is exclusive, and PostgreSQL keeps microseconds.
        Instant last = runs.get(runs.size() - 1).startedAt();
        return new TrendQueries.Window(window.projectId(), window.branch(), window.runner(), runs.get(0).startedAt(),
                last.plus(1, ChronoUnit.MICROS), window.last(), window.maxPoints());
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
        return result(project, window, List.of(), runs, "hosted", charts);
    }

    private static Map<Long, Integer> index(List<Long> ids) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        return index;
    }

    /** The perf hosts of the window's strict runs, most runs first. */
    @Transactional(readOnly = true)
    List<TrendViews.Runner> runners(TrendQueries.Window window) {
        return queries.runners(window).stream().map(r -> new TrendViews.Runner(r.name(), r.runs())).toList();
    }

    private static TrendViews.Trends result(Project project, TrendQueries.Window window,
            List<TrendViews.Runner> runners, List<TrendQueries.RunRow> runs, String kind,
            List<TrendViews.Chart> charts) {
        String link = "hosted".equals(kind) ? "/hosted-runs/" : "/runs/";
        List<TrendViews.Point> points = runs.stream().map(r -> new TrendViews.Point(r.id(), RunLabels.of(kind, r.id()),
                r.startedAt(), r.commit(), r.status(), link + r.id())).toList();
        long total = runs.isEmpty() ? 0 : runs.get(0).total();
        return new TrendViews.Trends(project.getName(), window.branch(), "strict".equals(kind) ? window.runner() : null,
                runners, window.from(), window.to(), total, points, charts);
    }

    private TrendViews.Chart latencyChart(String kind, List<TrendQueries.ProfileRow> profiles,
            Map<Long, Integer> index, int size) {
        // One pass over the rows for all six series (baseline, then with agent), not one a series.
        Double[][][] values = new Double[2][STATISTICS.size()][size];
        for (TrendQueries.ProfileRow p : profiles) {
            if (p.kind().equals(kind)) {
                int at = index.get(p.runId());
                for (int s = 0; s < STATISTICS.size(); s++) {
                    values[p.withAgent() ? 1 : 0][s][at] = STATISTICS.get(s).value().applyAsDouble(p);
                }
            }
        }
        List<TrendViews.Series> series = new ArrayList<>();
        for (int agent = 0; agent < 2; agent++) {
            for (int s = 0; s < STATISTICS.size(); s++) {
                series.add(measured(STATISTICS.get(s).name() + (agent == 1 ? " with agent" : " baseline"),
                        values[agent][s], false));
            }
        }
        return new TrendViews.Chart(kind + "-latency", kind + " latency", "µs", series);
    }

    /**
     * The p95 ratios and the budget each run was judged against, both read from the run's stored verdict: a project
     * that changed its budget sees the line move where the new version started judging (or, after a re-evaluation,
     * everywhere). The two kinds share one budget line while their budgets agree. Each ratio has its host's noise
     * band after the budget lines.
     */
    private TrendViews.Chart ratioChart(List<TrendQueries.GateRow> rows, Map<Long, Integer> index, int size,
            NoiseBands bands) {
        Map<String, Double[][]> byScenario = valuesAndBudgets(rows, P95_RATIO, index, size);
        List<TrendViews.Series> series = new ArrayList<>();
        List<Double[]> budgets = new ArrayList<>();
        List<TrendViews.Series> noiseBands = new ArrayList<>();
        for (String kind : List.of("open", "connect")) {
            Double[][] values = byScenario.getOrDefault("audit_mode_" + kind, new Double[][] { new Double[size],
                    new Double[size] });
            series.add(measured(kind + " p95 ratio", values[0], false));
            budgets.add(values[1]);
            noiseBands.addAll(bands.around(kind + " p95 ratio", values[0], kind.equals("open")
                    ? NoiseFloor::openP95RatioSpread : NoiseFloor::connectP95RatioSpread, 1));
        }
        if (Arrays.equals(budgets.get(0), budgets.get(1))) {
            series.add(budget("budget", budgets.get(0)));
        }
        else {
            series.add(budget("open budget", budgets.get(0)));
            series.add(budget("connect budget", budgets.get(1)));
        }
        series.addAll(noiseBands);
        return new TrendViews.Chart("p95-ratio", "p95 ratio with agent / baseline", "ratio", series);
    }

    /**
     * One chart per delta row (the open compare, each workload row), against the budget that judged each run; the
     * open compare with its host's us_per_op noise band.
     */
    private List<TrendViews.Chart> deltaCharts(List<TrendQueries.GateRow> rows, Map<Long, Integer> index, int size,
            NoiseBands bands) {
        List<TrendViews.Chart> charts = new ArrayList<>();
        int n = 0;
        for (var entry : valuesAndBudgets(rows, DELTA_PCT, index, size).entrySet()) {
            String title = entry.getKey().replaceFirst("^workload_", "") + " delta";
            List<TrendViews.Series> series = new ArrayList<>(List.of(measured(DELTA_PCT, entry.getValue()[0], true),
                    budget("budget", entry.getValue()[1])));
            if (entry.getKey().equals(StrictGate.AUDIT_MODE_OPEN)) {
                series.addAll(bands.around("open compare", entry.getValue()[0], NoiseFloor::usPerOpSpread, 100));
            }
            charts.add(new TrendViews.Chart("comparison-" + n++, title, "%", series));
        }
        return charts;
    }

    /** Per scenario of one metric, in table order: its value and its budget for each run of the window. */
    private static Map<String, Double[][]> valuesAndBudgets(List<TrendQueries.GateRow> rows, String metric,
            Map<Long, Integer> index, int size) {
        Map<String, Double[][]> byScenario = new LinkedHashMap<>();
        for (TrendQueries.GateRow row : rows) {
            if (!row.metric().equals(metric)) {
                continue;
            }
            Double[][] values = byScenario.computeIfAbsent(row.scenario(),
                    k -> new Double[][] { new Double[size], new Double[size] });
            values[0][index.get(row.runId())] = row.value();
            values[1][index.get(row.runId())] = row.budget();
        }
        return byScenario;
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
        List<Integer> found = changePoints.detect(series).stream().map(ChangePoint::index).map(present::get)
                .toList();
        return new TrendViews.Series(label, "value", Arrays.asList(values), found);
    }
}
