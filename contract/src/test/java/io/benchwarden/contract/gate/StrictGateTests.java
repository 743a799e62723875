package io.benchwarden.contract.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.contract.model.StrictBundle;
import io.benchwarden.contract.validation.BundleValidator;
import org.junit.jupiter.api.Test;

class StrictGateTests {

    private static StrictBundle bundle(Map<String, byte[]> artifacts) {
        var outcome = BundleValidator.validate(artifacts);
        assertThat(outcome.problems()).isEmpty();
        return outcome.bundle();
    }

    private static Set<String> allArtifacts() {
        return new HashSet<>(ArtifactNames.CONTRACT);
    }

    @Test
    void shouldFailTheRealExampleOnConnectP95AndOpenCompare() {
        StrictVerdict verdict = StrictGate.evaluate(bundle(Examples.strictRun()), allArtifacts(), GateBudgets.spec());

        assertThat(verdict.rows()).extracting(GateRow::scenario).containsExactly("audit_mode_open",
                "audit_mode_connect", "open_close_compare", "workload_open_close", "workload_connect_loopback",
                "workload_full_read", "workload_stat_walk", "artifact_contract");
        // 4.36 / 6.58 and 135.69 / 105.39, computed by hand
        assertThat(verdict.rows().get(0).value()).isEqualTo(0.662613981762918, offset(1e-12));
        assertThat(verdict.rows().get(0).pass()).isTrue();
        assertThat(verdict.rows().get(1).value()).isEqualTo(1.2875035582123542, offset(1e-12));
        assertThat(verdict.rows().get(1).budget()).isEqualTo(1.05);
        assertThat(verdict.rows().get(1).pass()).isFalse();
        assertThat(verdict.rows().get(2).value()).isEqualTo(32.86);
        assertThat(verdict.rows().get(2).budget()).isEqualTo(10.0);
        assertThat(verdict.rows().get(2).pass()).isFalse();
        assertThat(verdict.rows().get(4).value()).isEqualTo(-16.0);
        assertThat(verdict.rows().get(4).pass()).isTrue();
        assertThat(verdict.failedRows()).extracting(GateRow::scenario)
                .containsExactly("audit_mode_connect", "open_close_compare");
        assertThat(verdict.pass()).isFalse();
        assertThat(verdict.status()).isEqualTo("fail");
    }

    @Test
    void shouldPassARatioExactlyAtTheBudget() {
        var artifacts = Examples.withJson(Examples.strictRun(), ArtifactNames.CONNECT_WITH_AGENT,
                node -> node.put("p95_us", 105.0).put("p99_us", 400.0).put("p50_us", 50.0));
        artifacts = Examples.withJson(artifacts, ArtifactNames.CONNECT_BASELINE, node -> node.put("p95_us", 100.0));
        StrictVerdict verdict = StrictGate.evaluate(bundle(artifacts), allArtifacts(), GateBudgets.spec());
        assertThat(verdict.rows().get(1).value()).isEqualTo(1.05);
        assertThat(verdict.rows().get(1).pass()).isTrue();
    }

    @Test
    void shouldCountMissingContractArtifacts() {
        Set<String> present = allArtifacts();
        present.removeAll(List.of(ArtifactNames.SLO_REPORT, ArtifactNames.FS_TYPE));
        StrictVerdict verdict = StrictGate.evaluate(bundle(Examples.strictRun()), present, GateBudgets.spec());
        GateRow contract = verdict.rows().get(verdict.rows().size() - 1);
        assertThat(contract.scenario()).isEqualTo("artifact_contract");
        assertThat(contract.value()).isEqualTo(2);
        assertThat(contract.pass()).isFalse();
    }

    @Test
    void shouldLetPinnedBudgetsOverrideTheArtifactsOwn() {
        GateBudgets strict = new GateBudgets(1.05, 1.30, 40.0, 1.0, null);
        StrictVerdict verdict = StrictGate.evaluate(bundle(Examples.strictRun()), allArtifacts(), strict);
        assertThat(verdict.rows().get(1).pass()).isTrue();
        assertThat(verdict.rows().get(2).pass()).isTrue();
        // open_close 1.96 > 1.0 pinned; full_read 7.24 > 1.0; stat_walk 2.16 > 1.0; connect_loopback -16 passes
        assertThat(verdict.failedRows()).extracting(GateRow::scenario)
                .containsExactly("workload_open_close", "workload_full_read", "workload_stat_walk");
    }

    @Test
    void shouldHoldAnOpenCompareWithoutLimitToTheSpecDefault() {
        var artifacts = Examples.withJson(Examples.strictRun(), ArtifactNames.OPEN_COMPARE,
                node -> node.put("max_allowed_pct", 0.0).put("pass", true));
        StrictVerdict verdict = StrictGate.evaluate(bundle(artifacts), allArtifacts(), GateBudgets.spec());
        assertThat(verdict.rows().get(2).budget()).isEqualTo(10.0);
        assertThat(verdict.rows().get(2).pass()).isFalse();
    }

    @Test
    void shouldAddSoakRowsWhenASoakSummaryIsPresent() {
        var artifacts = new java.util.LinkedHashMap<>(Examples.strictRun());
        artifacts.put(ArtifactNames.SOAK_SUMMARY, SoakFixture.passing().getBytes());
        StrictVerdict verdict = StrictGate.evaluate(bundle(artifacts), allArtifacts(), GateBudgets.spec());
        assertThat(verdict.rows()).filteredOn(row -> row.scenario().equals("soak"))
                .extracting(GateRow::metric, GateRow::value, GateRow::budget, GateRow::comparator, GateRow::pass)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("max_drop_ratio_pct", 0.05, 0.1, "<=", true),
                        org.assertj.core.groups.Tuple.tuple("rss_growth_kb", 2048.0, 65536.0, "<=", true),
                        org.assertj.core.groups.Tuple.tuple("max_ringbuf_drops_total", 3.0, 1000.0, "<=", true),
                        org.assertj.core.groups.Tuple.tuple("max_decision_events", 5000.0, 100.0, ">=", true));
    }
}
