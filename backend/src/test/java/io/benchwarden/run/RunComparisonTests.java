package io.benchwarden.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class RunComparisonTests {

    private static RunViews.ProfileView profile(String kind, boolean withAgent, double p95) {
        return new RunViews.ProfileView(kind, withAgent, 1000, 0.1, p95 - 1, p95 - 2, p95, p95 + 10, null, null, null);
    }

    private static RunViews.RunDetail run(double connectP95WithAgent, List<RunViews.ComparisonView> comparisons) {
        var gate = new RunViews.GateRowView("audit_mode_connect", "p95_ratio", connectP95WithAgent / 100, 1.05, "<=",
                "x", connectP95WithAgent / 100 <= 1.05 ? "pass" : "fail", "connect", "defaults", null, null);
        return new RunViews.RunDetail(null, new RunViews.StrictView("pass", List.of(gate)), List.of(), List.of(), null,
                List.of(profile("connect", false, 100), profile("connect", true, connectP95WithAgent)), comparisons,
                null, List.of(), List.of(), null, List.of());
    }

    private static RunViews.ComparisonView workload(String name, double deltaPct) {
        return new RunViews.ComparisonView("workload", name, 10, 10 + deltaPct / 10, deltaPct / 10, deltaPct, 15, true);
    }

    private static RunComparison.Row row(List<RunComparison.Row> rows, String label) {
        return rows.stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void shouldPutBaselineAgainstWithAgentWithTheRatioPerStatistic() {
        List<LatencyTable.Row> rows = LatencyTable.of(run(128.75, List.of()).profiles());

        assertThat(rows).extracting(LatencyTable.Row::statistic).containsExactly("p50_us", "p95_us", "p99_us",
                "us_per_op");
        LatencyTable.Row p95 = rows.get(1);
        assertThat(p95.kind()).isEqualTo("connect");
        assertThat(p95.baseline()).isEqualTo(100);
        assertThat(p95.withAgent()).isEqualTo(128.75);
        assertThat(p95.ratio()).isCloseTo(1.2875, within(1e-12));
    }

    @Test
    void shouldMatchEveryMeasureByNameAndGiveTheChangeFromAToB() {
        List<RunComparison.Row> rows = RunComparison.of(run(100, List.of(workload("open_close", 2))),
                run(125, List.of(workload("open_close", 3), workload("stat_walk", 1))));

        RunComparison.Row gate = row(rows, "audit_mode_connect p95_ratio");
        assertThat(gate.section()).isEqualTo("SLO gate");
        assertThat(gate.delta()).isCloseTo(0.25, within(1e-12));
        assertThat(gate.deltaPct()).isCloseTo(25, within(1e-9));
        assertThat(row(rows, "connect p95_us with agent").delta()).isEqualTo(25);
        // a delta of 2 % that becomes 3 % changed by one point, not by 50 %
        assertThat(row(rows, "workload open_close").delta()).isCloseTo(1, within(1e-12));
        assertThat(row(rows, "workload open_close").deltaPct()).isNull();
    }

    @Test
    void shouldLeaveTheChangeBlankForAMeasureOnlyOneRunHas() {
        List<RunComparison.Row> rows = RunComparison.of(run(100, List.of()),
                run(100, List.of(workload("stat_walk", 1))));

        RunComparison.Row added = row(rows, "workload stat_walk");
        assertThat(added.a()).isNull();
        assertThat(added.b()).isEqualTo(1);
        assertThat(added.delta()).isNull();
        assertThat(added.deltaPct()).isNull();
    }

    @Test
    void shouldGiveTheChangeOfAPercentageInPointsWithoutARelativeChange() {
        List<RunComparison.Row> rows = RunComparison.of(run(100, List.of(workload("open_close", 12.4))),
                run(100, List.of(workload("open_close", 14.1))));

        RunComparison.Row delta = row(rows, "workload open_close");
        assertThat(delta.percent()).isTrue();
        assertThat(delta.delta()).isCloseTo(1.7, within(1e-9));
        assertThat(delta.deltaPct()).isNull();
        assertThat(delta.direction()).isEqualTo("worse");
    }

    @Test
    void shouldCallALowerLatencyOrRatioBetterAndAHigherOneWorse() {
        List<RunComparison.Row> rows = RunComparison.of(run(125, List.of()), run(100, List.of()));

        assertThat(row(rows, "audit_mode_connect p95_ratio").direction()).isEqualTo("better");
        assertThat(row(rows, "connect p95_us with agent").direction()).isEqualTo("better");
        assertThat(row(rows, "connect p95_us baseline").direction()).isEqualTo("unchanged");
        assertThat(RunComparison.of(run(100, List.of()), run(125, List.of())).stream()
                .filter(r -> r.label().equals("connect p95_us with agent")).findFirst().orElseThrow().direction())
                .isEqualTo("worse");
    }

    @Test
    void shouldCallAHigherValueBetterForARowThatMustReachItsBudget() {
        List<RunComparison.Row> rows = RunComparison.of(soak(900), soak(1200));

        RunComparison.Row decisions = row(rows, "soak_runtime max_decision_events");
        assertThat(decisions.direction()).isEqualTo("better");
        assertThat(decisions.deltaPct()).isCloseTo(33.333333, within(1e-5));
        assertThat(RunComparison.Row.of("SLO gate", "x", 1.0, null, false, true).direction()).isNull();
    }

    private static RunViews.RunDetail soak(double decisions) {
        var gate = new RunViews.GateRowView("soak_runtime", "max_decision_events", decisions, 1000, ">=", "count",
                decisions >= 1000 ? "pass" : "fail", "soak_summary.json", "soak_summary.json min_total_decisions", null, null);
        return new RunViews.RunDetail(null, new RunViews.StrictView("pass", List.of(gate)), List.of(), List.of(), null,
                List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }
}
