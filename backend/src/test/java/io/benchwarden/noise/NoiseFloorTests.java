package io.benchwarden.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import io.benchwarden.contract.gate.GateRow;
import io.benchwarden.contract.gate.GateRow.Budget;
import io.benchwarden.contract.gate.StrictGate;
import org.junit.jupiter.api.Test;

/** When a host's noise is more than a third of a budget, and which spread judges which row. */
class NoiseFloorTests {

    private static GateRow ratio(String scenario, double budget) {
        return GateRow.atMost(scenario, StrictGate.P95_RATIO, 1.0, new Budget(budget, "defaults"), "x", "e");
    }

    private static GateRow percent(String scenario, String metric, double budgetPct) {
        return GateRow.atMost(scenario, metric, 1.0, new Budget(budgetPct, "defaults"), "%", "e");
    }

    private static NoiseFloor history(Double open, Double connect, Double usPerOp) {
        return NoiseFloor.of("history", "perf-1", open, connect, usPerOp, 5, null);
    }

    @Test
    void shouldWarnOnlyWhenTheSpreadIsMoreThanAThirdOfTheBudgetsMargin() {
        // a third of 1.05's margin is 0.05 / 3 = 0.016667: 0.0166 is under it, 0.0167 over
        GateRow open = ratio(StrictGate.AUDIT_MODE_OPEN, 1.05);
        assertThat(history(0.0166, null, null).judging(List.of(open)).warnings()).isEmpty();
        List<NoiseWarning> warnings = history(0.0167, null, null).judging(List.of(open)).warnings();

        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.scenario()).isEqualTo(StrictGate.AUDIT_MODE_OPEN);
            assertThat(w.budgetPct()).isCloseTo(5, within(1e-9));
            assertThat(w.message()).isEqualTo("audit_mode_open p95_ratio: this host cannot judge a 5 % budget: noise "
                    + "alone moves this ratio by ±1.67 %, more than a third of the budget (1.67 %)");
        });
    }

    @Test
    void shouldJudgeEachRowByTheSpreadOfItsOwnRatio() {
        // connect ±2 %: its p95 ratio (5 %, a third 1.67 %) cannot be judged, its overhead row (10 %, 3.33 %) can;
        // the open compare ±4 % against its 10 % delta budget cannot; workload rows have no spread of the host's
        var rows = List.of(ratio(StrictGate.AUDIT_MODE_CONNECT, 1.05),
                percent(StrictGate.AUDIT_MODE_CONNECT, StrictGate.P95_OVERHEAD_PCT, 10),
                percent(StrictGate.AUDIT_MODE_OPEN, StrictGate.DELTA_PCT, 10),
                percent(StrictGate.AUDIT_MODE_OPEN, StrictGate.P95_OVERHEAD_PCT, 10),
                percent("workload_open_close", StrictGate.DELTA_PCT, 1),
                GateRow.atLeast(StrictGate.SOAK_RUNTIME, "max_decision_events", 5, new Budget(1, "s"), "", "e"));

        List<NoiseWarning> warnings = history(0.001, 0.02, 0.04).judging(rows).warnings();

        assertThat(warnings).extracting(w -> w.scenario() + " " + w.metric()).containsExactly(
                "audit_mode_connect p95_ratio", "audit_mode_open delta_pct");
        assertThat(warnings.get(1).message()).isEqualTo("audit_mode_open delta_pct: this host cannot judge a 10 % "
                + "budget: noise alone moves this ratio by ±4 %, more than a third of the budget (3.33 %)");
    }

    @Test
    void shouldSayNothingWithoutANoiseFloorAndNameTheLargerP95Spread() {
        assertThat(NoiseFloor.none("perf-1", 3).judging(List.of(ratio(StrictGate.AUDIT_MODE_OPEN, 1.0))).warnings())
                .isEmpty();
        assertThat(history(0.004, 0.012, null).p95RatioSpread()).isEqualTo(0.012);
        assertThat(history(null, 0.012, null).p95RatioSpread()).isEqualTo(0.012);
        assertThat(history(0.004, null, null).p95RatioSpread()).isEqualTo(0.004);
    }
}
