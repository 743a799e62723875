package io.benchwarden.contract.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.HashSet;
import java.util.LinkedHashMap;
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

    private static StrictVerdict evaluate(Map<String, byte[]> artifacts, GateBudgets budgets) {
        return StrictGate.evaluate(bundle(artifacts), allArtifacts(), budgets);
    }

    private static GateRow row(StrictVerdict verdict, String key) {
        return verdict.rows().stream().filter(row -> row.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void shouldGiveTheReferenceRowsInTheReferenceOrderThenItsOwn() {
        StrictVerdict verdict = evaluate(Examples.strictRun(), GateBudgets.defaults());

        assertThat(verdict.rows()).extracting(GateRow::key).containsExactly("audit_mode_open/delta_pct",
                "workload_open_close/delta_pct", "workload_connect_loopback/delta_pct", "workload_full_read/delta_pct",
                "workload_stat_walk/delta_pct", "workload_suite/failed_rows", "audit_mode_open/p95_overhead_pct",
                "audit_mode_connect/p95_overhead_pct", "audit_mode_open/p95_ratio", "audit_mode_connect/p95_ratio",
                "artifact_contract/missing_artifacts");
    }

    @Test
    void shouldFailTheRealExampleOnTheOpenDeltaTheConnectOverheadAndTheConnectRatio() {
        StrictVerdict verdict = evaluate(Examples.strictRun(), GateBudgets.defaults());

        assertThat(row(verdict, "audit_mode_open/delta_pct")).extracting(GateRow::value, GateRow::budget, GateRow::pass)
                .containsExactly(32.86, 10.0, false);
        // (4.36 - 6.58) / 6.58 * 100 and (135.69 - 105.39) / 105.39 * 100, by hand
        assertThat(row(verdict, "audit_mode_open/p95_overhead_pct").value()).isEqualTo(-33.7386018237082, offset(1e-12));
        assertThat(row(verdict, "audit_mode_connect/p95_overhead_pct").value()).isEqualTo(28.750355821235406, offset(1e-12));
        // 4.36 / 6.58 and 135.69 / 105.39
        assertThat(row(verdict, "audit_mode_open/p95_ratio").value()).isEqualTo(0.662613981762918, offset(1e-12));
        assertThat(row(verdict, "audit_mode_connect/p95_ratio")).extracting(GateRow::budget, GateRow::pass)
                .containsExactly(1.05, false);
        assertThat(row(verdict, "workload_connect_loopback/delta_pct")).extracting(GateRow::value, GateRow::budget,
                GateRow::pass).containsExactly(-16.0, 15.0, true);
        assertThat(row(verdict, "workload_suite/failed_rows")).extracting(GateRow::value, GateRow::budget, GateRow::pass)
                .containsExactly(0.0, 0.0, true);
        assertThat(verdict.failedRows()).extracting(GateRow::key).containsExactly("audit_mode_open/delta_pct",
                "audit_mode_connect/p95_overhead_pct", "audit_mode_connect/p95_ratio");
        assertThat(verdict.status()).isEqualTo("fail");
    }

    @Test
    void shouldPassARatioExactlyAtTheBudget() {
        var artifacts = Examples.withJson(Examples.strictRun(), ArtifactNames.CONNECT_WITH_AGENT,
                node -> node.put("p95_us", 105.0).put("p99_us", 400.0).put("p50_us", 50.0));
        artifacts = Examples.withJson(artifacts, ArtifactNames.CONNECT_BASELINE, node -> node.put("p95_us", 100.0));
        GateRow ratio = row(evaluate(artifacts, GateBudgets.defaults()), "audit_mode_connect/p95_ratio");
        assertThat(ratio.value()).isEqualTo(1.05);
        assertThat(ratio.pass()).isTrue();
    }

    @Test
    void shouldCountOnlyTheContractArtifactsThatWereUploadedUnderEitherName() {
        Set<String> present = allArtifacts();
        present.removeAll(List.of(ArtifactNames.SLO_REPORT, ArtifactNames.FS_TYPE, ArtifactNames.CPU_INFO));
        present.add(ArtifactNames.CPU);
        StrictVerdict verdict = StrictGate.evaluate(bundle(Examples.strictRun()), present, GateBudgets.defaults());
        GateRow contract = row(verdict, "artifact_contract/missing_artifacts");
        assertThat(contract.value()).isEqualTo(2);
        assertThat(contract.evidence()).isEqualTo("missing: perf-slo-report.md, fs-type.txt");
        assertThat(contract.pass()).isFalse();
    }

    @Test
    void shouldNeverLetAnArtifactsOwnLimitLoosenTheVerdict() {
        // open compare +20 % with its own max_allowed_pct of 50: the project's 10 % applies
        var loose = Examples.withJson(Examples.strictRun(), ArtifactNames.OPEN_COMPARE, node -> node
                .put("baseline_us_per_op", 5.0).put("with_agent_us_per_op", 6.0).put("delta_us_per_op", 1.0)
                .put("delta_pct", 20.0).put("max_allowed_pct", 50.0).put("pass", true));
        GateRow open = row(evaluate(loose, GateBudgets.defaults()), "audit_mode_open/delta_pct");
        assertThat(open).extracting(GateRow::budget, GateRow::pass, GateRow::budgetSource)
                .containsExactly(10.0, false, "defaults");
    }

    @Test
    void shouldApplyAnArtifactsStricterLimitAndSaySo() {
        var strict = Examples.withWorkloadRow(Examples.strictRun(), "full_read", row -> row.put("max_allowed_pct", 5.0)
                .put("pass", false));
        StrictVerdict verdict = evaluate(strict, GateBudgets.defaults());
        assertThat(row(verdict, "workload_full_read/delta_pct")).extracting(GateRow::value, GateRow::budget,
                GateRow::pass, GateRow::budgetSource).containsExactly(7.24, 5.0, false,
                        "workload_suite.json max_allowed_pct of full_read (stricter than defaults: 15.0)");
        assertThat(row(verdict, "workload_suite/failed_rows").value()).isEqualTo(1.0);
    }

    @Test
    void shouldJudgeEveryRowByTheProjectsOwnBudgets() {
        GateBudgets project = new GateBudgets("budgets v4", 1.30, 1.30, 40.0, 30.0, 30.0, 1.0, 0, 128, 0.1);
        StrictVerdict verdict = evaluate(Examples.strictRun(), project);
        // connect overhead 28.75 <= 30 and ratio 1.2875 <= 1.30 now pass; workload rows over 1 % fail; the open
        // compare's own 10 % is stricter than the project's 40 %, so it still judges 32.86 %
        assertThat(verdict.failedRows()).extracting(GateRow::key).containsExactly("audit_mode_open/delta_pct",
                "workload_open_close/delta_pct", "workload_full_read/delta_pct", "workload_stat_walk/delta_pct");
        assertThat(row(verdict, "audit_mode_open/delta_pct").budgetSource())
                .isEqualTo("open_compare.json max_allowed_pct (stricter than budgets v4: 40.0)");
        assertThat(verdict.rows()).filteredOn(row -> !row.key().equals("audit_mode_open/delta_pct")
                && !row.scenario().equals("artifact_contract")).extracting(GateRow::budgetSource).containsOnly("budgets v4");
    }

    @Test
    void shouldCountAWorkloadRowWhosePassFlagDisagreesAsTheReferenceDoes() {
        var flagged = Examples.withWorkloadRow(Examples.strictRun(), "stat_walk", row -> row.put("pass", false));
        StrictVerdict verdict = evaluate(flagged, GateBudgets.defaults());
        assertThat(row(verdict, "workload_stat_walk/delta_pct").pass()).isTrue();
        assertThat(row(verdict, "workload_suite/failed_rows")).extracting(GateRow::value, GateRow::pass)
                .containsExactly(1.0, false);
    }

    @Test
    void shouldAddTheReferenceSoakRowsAndItsOwnWhenASoakSummaryIsPresent() {
        var artifacts = new LinkedHashMap<>(Examples.strictRun());
        artifacts.put(ArtifactNames.SOAK_SUMMARY, SoakFixture.passing().getBytes());
        StrictVerdict verdict = evaluate(artifacts, GateBudgets.defaults());
        assertThat(verdict.rows()).filteredOn(row -> row.scenario().equals("soak_runtime"))
                .extracting(GateRow::metric, GateRow::value, GateRow::budget, GateRow::comparator, GateRow::pass)
                .containsExactly(
                        // 2048 KiB / 1024; the soak's own 65536 KiB limit is 64 MB, stricter than 128 MB
                        tuple("rss_growth_mb", 2.0, 64.0, "<=", true),
                        // the reference reads ringbuf_drops / total_events, which the soak script does not write
                        tuple("ringbuf_drop_rate_pct", 0.0, 0.1, "<=", true),
                        tuple("max_drop_ratio_pct", 0.05, 0.1, "<=", true),
                        tuple("max_ringbuf_drops_total", 3.0, 1000.0, "<=", true),
                        tuple("max_decision_events", 5000.0, 100.0, ">=", true));
        assertThat(verdict.rows()).extracting(GateRow::key).containsSubsequence("audit_mode_connect/p95_overhead_pct",
                "soak_runtime/rss_growth_mb", "soak_runtime/ringbuf_drop_rate_pct", "audit_mode_open/p95_ratio");
    }

    @Test
    void shouldReadTheReferenceDropRateKeysWhenASoakSummaryHasThem() {
        var artifacts = new LinkedHashMap<>(Examples.strictRun());
        artifacts.put(ArtifactNames.SOAK_SUMMARY, SoakFixture.passing().replace("\"pass\":true",
                "\"pass\":true,\"ringbuf_drops\":3,\"total_events\":1500").getBytes());
        // 3 / 1500 * 100 = 0.2 % against 0.1 %
        GateRow rate = row(evaluate(artifacts, GateBudgets.defaults()), "soak_runtime/ringbuf_drop_rate_pct");
        assertThat(rate.value()).isEqualTo(0.2, offset(1e-12));
        assertThat(rate.pass()).isFalse();
    }

    @Test
    void shouldGiveEachRowTheRunnersIntervalInItsOwnUnitAndSayWhetherItIsCertain() {
        var measured = Examples.withJson(Examples.strictRun(), ArtifactNames.OPEN_WITH_AGENT, profile -> profile
                .putObject("p95_ratio").put("value", 0.6626).put("ci_low", 1.0063).put("ci_high", 1.0558)
                .put("confidence", 0.95).put("rounds", 10));
        measured = Examples.withJson(measured, ArtifactNames.OPEN_COMPARE, compare -> compare
                .putObject("us_per_op_ratio").put("value", 1.3286).put("ci_low", 1.12).put("ci_high", 1.40)
                .put("confidence", 0.95).put("rounds", 10));
        StrictVerdict verdict = evaluate(measured, GateBudgets.defaults());

        // 1.0063-1.0558 straddles the KPI budget 1.05
        RowInterval ratio = row(verdict, "audit_mode_open/p95_ratio").interval();
        assertThat(ratio).isEqualTo(new RowInterval(1.0063, 1.0558, 0.95, 10, "inconclusive"));
        // the same interval as an overhead: 0.63 % to 5.58 %, wholly within the 10 % budget
        RowInterval overhead = row(verdict, "audit_mode_open/p95_overhead_pct").interval();
        assertThat(overhead.low()).isEqualTo(0.63, offset(1e-9));
        assertThat(overhead.high()).isEqualTo(5.58, offset(1e-9));
        assertThat(overhead.confidence()).isEqualTo("certain");
        // the open compare's us_per_op interval, 12 % to 40 %, lies wholly over its 10 % budget: a certain fail
        assertThat(row(verdict, "audit_mode_open/delta_pct").interval().confidence()).isEqualTo("certain");
        // rows measured in one pass (the reference scripts) have no interval
        assertThat(row(verdict, "audit_mode_connect/p95_ratio").interval()).isNull();
        assertThat(row(verdict, "workload_full_read/delta_pct").interval()).isNull();
    }
}
