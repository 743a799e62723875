package io.benchwarden.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.benchwarden.contract.gate.GateRow;
import io.benchwarden.contract.gate.RowInterval;
import io.benchwarden.system.RunLabels;

/**
 * Two runs side by side: every gate value, latency and comparison row that either run has, matched by name, with
 * the change from A to B. A row only one run has shows a blank on the other side. A row that is itself a
 * percentage changes in percentage points (12.4 % to 14.1 % is +1.7 pp, not +14 %); a gate row the runner measured
 * in rounds shows its interval; each change is better or worse by the row's direction (lower is better for every latency, ratio and delta; a {@code >=} gate row is
 * better higher). Hosted runs are compared the same way, per series (see {@code hosted.HostedComparePageController}).
 */
public final class RunComparison {

    /** The compare page's template, for strict and hosted runs alike. */
    public static final String VIEW = "runs/compare";
    /** Where {@code /compare} hands two hosted runs on to. */
    public static final String HOSTED_PATH = "/hosted-runs/compare";

    /** One side of the comparison, strict or hosted, as the page heads it. */
    public record Side(String kind, long id, String label, String url, String project, String branch, String commit,
            String runner, Instant startedAt, String status) {
    }

    /**
     * @param percent the value is a percentage, so the change is in points and has no relative change
     * @param aInterval the runner's interval around A's value, where it measured the row in rounds; or null
     */
    public record Row(String section, String label, Double a, Double b, boolean percent, boolean lowerIsBetter,
            RowInterval aInterval, RowInterval bInterval) {

        /** A row without intervals, for a measure the runner records none for. */
        public static Row of(String section, String label, Double a, Double b, boolean percent, boolean lowerIsBetter) {
            return new Row(section, label, a, b, percent, lowerIsBetter, null, null);
        }

        /** B − A, in the row's own unit (points for a percentage). */
        public Double delta() {
            return a == null || b == null ? null : b - a;
        }

        /** The relative change; none for a percentage, whose change is already given in points. */
        public Double deltaPct() {
            return percent || a == null || b == null || a == 0 ? null : (b - a) / Math.abs(a) * 100;
        }

        /** {@code better}, {@code worse} or {@code unchanged} from A to B; null when one side is missing. */
        public String direction() {
            Double delta = delta();
            if (delta == null) {
                return null;
            }
            if (delta == 0) {
                return "unchanged";
            }
            return (delta < 0) == lowerIsBetter ? "better" : "worse";
        }
    }

    private RunComparison() {
    }

    public static Side side(RunViews.RunSummary run) {
        return new Side("strict", run.id(), RunLabels.strict(run.id()), RunPaths.ui(run.id()), run.project(),
                run.branch(), run.commit(), run.runner(), run.startedAt(), run.status());
    }

    public static List<Row> of(RunViews.RunDetail a, RunViews.RunDetail b) {
        List<Row> rows = new ArrayList<>();
        section(rows, "SLO gate", gate(a), gate(b));
        section(rows, "Latency (µs)", latency(a), latency(b));
        section(rows, "Comparison delta %", comparisons(a), comparisons(b));
        return rows;
    }

    /** What one run has of a measure: its value, its direction and unit, and the interval the runner recorded. */
    private record Measure(double value, boolean percent, boolean lowerIsBetter, RowInterval interval) {
    }

    private static void section(List<Row> rows, String section, Map<String, Measure> a, Map<String, Measure> b) {
        Map<String, Boolean> labels = new LinkedHashMap<>();
        a.keySet().forEach(k -> labels.put(k, true));
        b.keySet().forEach(k -> labels.put(k, true));
        for (String label : labels.keySet()) {
            Measure left = a.get(label);
            Measure right = b.get(label);
            Measure either = left != null ? left : right;
            rows.add(new Row(section, label, left == null ? null : left.value(), right == null ? null : right.value(),
                    either.percent(), either.lowerIsBetter(), left == null ? null : left.interval(),
                    right == null ? null : right.interval()));
        }
    }

    private static Map<String, Measure> gate(RunViews.RunDetail run) {
        Map<String, Measure> values = new LinkedHashMap<>();
        run.strict().rows().forEach(r -> {
            String label = r.scenario() + " " + r.metric();
            values.put(label, new Measure(r.value(), "%".equals(r.unit()), !GateRow.AT_LEAST.equals(r.comparator()),
                    r.interval()));
        });
        return values;
    }

    private static Map<String, Measure> latency(RunViews.RunDetail run) {
        Map<String, Measure> values = new LinkedHashMap<>();
        for (LatencyTable.Row row : LatencyTable.of(run.profiles())) {
            values.put(row.kind() + " " + row.statistic() + " baseline", new Measure(row.baseline(), false, true, null));
            values.put(row.kind() + " " + row.statistic() + " with agent",
                    new Measure(row.withAgent(), false, true, null));
        }
        return values;
    }

    private static Map<String, Measure> comparisons(RunViews.RunDetail run) {
        Map<String, Measure> values = new LinkedHashMap<>();
        run.comparisons().forEach(c -> values.put(c.source() + " " + c.name(), new Measure(c.deltaPct(), true, true,
                null)));
        return values;
    }
}
