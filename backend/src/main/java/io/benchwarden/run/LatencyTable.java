package io.benchwarden.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import io.benchwarden.contract.gate.Kpi;

/**
 * Baseline against with-agent for each profile kind and statistic, with the ratio a reader compares to the
 * p95 ratio budget: the table the run page shows and the compare page diffs.
 */
public final class LatencyTable {

    public record Row(String kind, String statistic, double baseline, double withAgent, double ratio) {
    }

    private record Statistic(String name, ToDoubleFunction<RunViews.ProfileView> value) {
    }

    private static final List<Statistic> STATISTICS = List.of(new Statistic("p50_us", RunViews.ProfileView::p50Us),
            new Statistic("p95_us", RunViews.ProfileView::p95Us), new Statistic("p99_us", RunViews.ProfileView::p99Us),
            new Statistic("us_per_op", RunViews.ProfileView::usPerOp));

    private LatencyTable() {
    }

    public static List<Row> of(List<RunViews.ProfileView> profiles) {
        List<Row> rows = new ArrayList<>();
        for (String kind : List.of("open", "connect")) {
            Optional<RunViews.ProfileView> baseline = find(profiles, kind, false);
            Optional<RunViews.ProfileView> withAgent = find(profiles, kind, true);
            if (baseline.isEmpty() || withAgent.isEmpty()) {
                continue;
            }
            for (Statistic statistic : STATISTICS) {
                double base = statistic.value().applyAsDouble(baseline.get());
                double agent = statistic.value().applyAsDouble(withAgent.get());
                rows.add(new Row(kind, statistic.name(), base, agent, Kpi.ratio(base, agent)));
            }
        }
        return rows;
    }

    private static Optional<RunViews.ProfileView> find(List<RunViews.ProfileView> profiles, String kind,
            boolean withAgent) {
        return profiles.stream().filter(p -> p.kind().equals(kind) && p.withAgent() == withAgent).findFirst();
    }
}
