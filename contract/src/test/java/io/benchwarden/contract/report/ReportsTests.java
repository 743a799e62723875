package io.benchwarden.contract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.contract.gate.GateBudgets;
import io.benchwarden.contract.gate.StrictGate;
import io.benchwarden.contract.gate.StrictVerdict;
import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.contract.model.StrictBundle;
import io.benchwarden.contract.validation.BundleValidator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReportsTests {

    private final StrictBundle bundle = BundleValidator.validate(Examples.strictRun()).bundle();
    private final StrictVerdict verdict = StrictGate.evaluate(bundle, new HashSet<>(ArtifactNames.CONTRACT),
            GateBudgets.spec());

    @Test
    void shouldRenderTheEvidenceReportLikeTheReferenceValidator() {
        // Hand-checked: 4.65 / 6.73 = 0.691, 99.4 / 72.78 = 1.366, p95 ratios 0.662614 and 1.287504.
        assertThat(EvidenceReport.render(bundle, GateBudgets.spec())).isEqualTo("""
                # Perf Evidence Report

                ## Open profile
                - baseline_us_per_op: `6.73`
                - with_agent_us_per_op: `4.65`
                - ratio: `0.691`
                - p50/p95/p99 (with agent): `4.26` / `4.36` / `5.76`

                ## Connect profile
                - baseline_us_per_op: `72.78`
                - with_agent_us_per_op: `99.4`
                - ratio: `1.366`
                - p50/p95/p99 (with agent): `52.67` / `135.69` / `302.09`

                ## Workload suite rows
                - `open_close`: delta_pct=`1.96` max_allowed_pct=`15.0` pass=`True`
                - `connect_loopback`: delta_pct=`-16.0` max_allowed_pct=`15.0` pass=`True`
                - `full_read`: delta_pct=`7.24` max_allowed_pct=`15.0` pass=`True`
                - `stat_walk`: delta_pct=`2.16` max_allowed_pct=`15.0` pass=`True`

                ## KPI gates
                - open_p95_ratio: `0.662614` (target <= `1.050000`)
                - connect_p95_ratio: `1.287504` (target <= `1.050000`)
                - workload_failed_rows: `none`
                - gate_status: `fail`

                ## Gate failures
                - connect p95 ratio 1.287504 exceeds target 1.050000
                """);
    }

    @Test
    void shouldRenderTheSloTableWithEveryRowAndTheVerdict() {
        String report = SloReport.render(verdict);
        assertThat(report).contains("| audit_mode_open | p95_ratio | 0.6626 | <= 1.0500 | ratio | PASS |")
                .contains("| audit_mode_connect | p95_ratio | 1.2875 | <= 1.0500 | ratio | FAIL |")
                .contains("| open_close_compare | delta_pct | 32.86 | <= 10.00 | % | FAIL |")
                .contains("| workload_connect_loopback | delta_pct | -16.00 | <= 15.00 | % | PASS |")
                .contains("| artifact_contract | missing_artifacts | 0 | <= 0 | count | PASS |")
                .endsWith("Gate: **FAIL** (2 of 8 rows failed)\n");
    }

    @Test
    void shouldWriteAVersionedSummaryThatStatesTheVerdict() {
        JsonNode summary = StrictJson.mapper().readTree(SloSummary.render(verdict, GateBudgets.spec()));
        assertThat(summary.get("schema").stringValue()).isEqualTo("benchwarden.perf-slo-summary");
        assertThat(summary.get("schema_version").intValue()).isEqualTo(1);
        assertThat(summary.get("pass").booleanValue()).isFalse();
        assertThat(summary.get("failed_rows").toString())
                .isEqualTo("[\"audit_mode_connect/p95_ratio\",\"open_close_compare/delta_pct\"]");
        assertThat(summary.get("rows")).hasSize(8);
        assertThat(SloSummary.claimedPass(summary)).contains(false);
    }
}
