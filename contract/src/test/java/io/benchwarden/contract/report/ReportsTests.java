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

/** The canonical reports' own shape: the parts that are Benchwarden's additions to the reference layout. */
class ReportsTests {

    private final StrictBundle bundle = BundleValidator.validate(Examples.strictRun()).bundle();
    private final StrictVerdict verdict = StrictGate.evaluate(bundle, new HashSet<>(ArtifactNames.CONTRACT),
            GateBudgets.defaults());

    @Test
    void shouldRenderBenchwardensOwnRowsInTheReferenceTableWithTheirUnits() {
        String report = SloReport.render(verdict);
        assertThat(report).startsWith("# Perf SLO Gate Report\n\n## Canonical SLO Table\n")
                .contains("| `audit_mode_connect` | `p95_ratio` | `1.2875x` | `1.0500x` | `FAIL` | "
                        + "`artifacts/perf/connect_baseline.json,artifacts/perf/connect_with_agent.json` |")
                .contains("| `artifact_contract` | `missing_artifacts` | `0.0000` | `0.0000` | `PASS` | "
                        + "`13 required artifacts` |")
                .contains("- audit_mode_connect.p95_ratio=1.2875x exceeded budget 1.0500x\n")
                .endsWith("\n## Gate Result\n`FAIL`\n");
    }

    @Test
    void shouldListABudgetThatCameFromAnArtifactsStricterLimit() {
        var strict = Examples.withWorkloadRow(Examples.strictRun(), "full_read", row -> row.put("max_allowed_pct", 5.0)
                .put("pass", false));
        StrictVerdict judged = StrictGate.evaluate(BundleValidator.validate(strict).bundle(),
                new HashSet<>(ArtifactNames.CONTRACT), GateBudgets.defaults());
        assertThat(SloReport.render(judged)).contains("## Budget Sources\n- workload_full_read.delta_pct: "
                + "workload_suite.json max_allowed_pct of full_read (stricter than defaults: 15.0)\n");
    }

    @Test
    void shouldWriteTheReferenceKeysFirstThenBenchwardensAndReadBackTheVerdict() {
        JsonNode summary = StrictJson.mapper().readTree(SloSummary.render(verdict, GateBudgets.defaults()));
        assertThat(summary.propertyNames()).containsExactly("gate_pass", "rows", "violations", "input_errors", "schema",
                "schema_version", "budgets");
        assertThat(summary.get("rows").get(0).propertyNames()).containsExactly("scenario", "metric", "result", "budget",
                "unit", "status", "evidence", "comparator", "budget_source", "confidence", "interval");
        assertThat(summary.get("schema_version").intValue()).isEqualTo(2);
        assertThat(summary.at("/budgets/max_workload_delta_pct").doubleValue()).isEqualTo(15.0);
        assertThat(SloSummary.claim(summary)).contains(new SloSummary.Claim("/gate_pass", false));
    }

    @Test
    void shouldReadTheVerdictEachKindOfUploadedGateFileClaims() {
        assertThat(SloSummary.claim(StrictJson.mapper().readTree("{\"gate_pass\":true}")))
                .contains(new SloSummary.Claim("/gate_pass", true));
        assertThat(SloSummary.claim(StrictJson.mapper().readTree("{\"gate\":{\"pass\":false}}")))
                .contains(new SloSummary.Claim("/gate/pass", false));
        assertThat(SloSummary.claim(StrictJson.mapper().readTree("{\"pass\":true}")))
                .contains(new SloSummary.Claim("/pass", true));
        assertThat(SloSummary.claim(StrictJson.mapper().readTree("{\"rows\":[]}"))).isEmpty();
    }
}
