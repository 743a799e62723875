package io.benchwarden.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two runs side by side: every gate value, latency and comparison row that either run has, matched by name, with
 * the change from A to B. A row only one run has shows a blank on the other side.
 */
public final class RunComparison {

    public record Row(String section, String label, Double a, Double b) {

        public Double delta() {
            return a == null || b == null ? null : b - a;
        }

        public Double deltaPct() {
            return a == null || b == null || a == 0 ? null : (b - a) / Math.abs(a) * 100;
        }
    }

    private RunComparison() {
    }

    public static List<Row> of(RunViews.RunDetail a, RunViews.RunDetail b) {
        List<Row> rows = new ArrayList<>();
        section(rows, "SLO gate", gate(a), gate(b));
        section(rows, "Latency (µs)", latency(a), latency(b));
        section(rows, "Comparison delta %", comparisons(a), comparisons(b));
        return rows;
    }

    private static void section(List<Row> rows, String section, Map<String, Double> a, Map<String, Double> b) {
        Map<String, Boolean> labels = new LinkedHashMap<>();
        a.keySet().forEach(k -> labels.put(k, true));
        b.keySet().forEach(k -> labels.put(k, true));
        labels.keySet().forEach(label -> rows.add(new Row(section, label, a.get(label), b.get(label))));
    }

    private static Map<String, Double> gate(RunViews.RunDetail run) {
        Map<String, Double> values = new LinkedHashMap<>();
        run.strict().rows().forEach(r -> values.put(r.scenario() + " " + r.metric(), r.value()));
        return values;
    }

    private static Map<String, Double> latency(RunViews.RunDetail run) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (LatencyTable.Row row : LatencyTable.of(run.profiles())) {
            values.put(row.kind() + " " + row.statistic() + " baseline", row.baseline());
            values.put(row.kind() + " " + row.statistic() + " with agent", row.withAgent());
        }
        return values;
    }

    private static Map<String, Double> comparisons(RunViews.RunDetail run) {
        Map<String, Double> values = new LinkedHashMap<>();
        run.comparisons().forEach(c -> values.put(c.source() + " " + c.name(), c.deltaPct()));
        return values;
    }
}
