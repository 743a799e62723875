package io.benchwarden.contract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.contract.gate.GateBudgets;
import io.benchwarden.contract.gate.StrictGate;
import io.benchwarden.contract.gate.StrictVerdict;
import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.contract.validation.BundleValidator;
import io.benchwarden.contract.validation.ValidationOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The reference gate's and validator's own outputs for the shared measurements (upstream-perf-evidence, written with
 * the agent project's workflow settings) are the expected results: the same rows under the same names with the same
 * numbers, budgets and statuses, the same violations, the same verdict — whether the measurements come under the
 * current workflow's file names or the spec's.
 */
class ReferenceConformanceTests {

    private static final JsonNode REFERENCE_SUMMARY = StrictJson.mapper()
            .readTree(Examples.upstreamPerfEvidence().get("perf-slo-summary.json"));

    private static Map<String, byte[]> artifacts(String generation) {
        return generation.equals("current") ? Examples.upstreamPerfEvidence() : Examples.strictRun();
    }

    private static StrictVerdict verdict(String generation) {
        ValidationOutcome outcome = BundleValidator.validate(artifacts(generation));
        assertThat(outcome.problems()).isEmpty();
        return StrictGate.evaluate(outcome.bundle(), artifacts(generation).keySet(), GateBudgets.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = { "current", "seed" })
    void shouldGiveEveryReferenceRowWithItsNameResultBudgetAndStatus(String generation) {
        JsonNode ours = SloSummary.toJson(verdict(generation), GateBudgets.defaults());

        for (JsonNode reference : REFERENCE_SUMMARY.get("rows")) {
            JsonNode row = ours.get("rows").valueStream()
                    .filter(r -> r.get("scenario").equals(reference.get("scenario"))
                            && r.get("metric").equals(reference.get("metric")))
                    .findFirst().orElseThrow(() -> new AssertionError("no row " + reference));
            String name = reference.get("scenario").stringValue() + "/" + reference.get("metric").stringValue();
            assertThat(Decimals.fixed(row.get("result").doubleValue(), 4)).as(name)
                    .isEqualTo(Decimals.fixed(reference.get("result").doubleValue(), 4));
            assertThat(row.get("budget").doubleValue()).as(name).isEqualTo(reference.get("budget").doubleValue());
            assertThat(row.get("status")).as(name).isEqualTo(reference.get("status"));
            assertThat(row.get("unit")).as(name).isEqualTo(reference.get("unit"));
            assertThat(row.get("evidence")).as(name).isEqualTo(reference.get("evidence"));
        }
        assertThat(ours.get("gate_pass")).isEqualTo(REFERENCE_SUMMARY.get("gate_pass"));
        assertThat(ours.get("input_errors")).isEqualTo(REFERENCE_SUMMARY.get("input_errors"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "current", "seed" })
    void shouldKeepTheReferenceRowOrderAndAddItsOwnRowsAfter(String generation) {
        List<String> ours = verdict(generation).rows().stream().map(row -> row.key()).toList();
        List<String> reference = REFERENCE_SUMMARY.get("rows").valueStream()
                .map(r -> r.get("scenario").stringValue() + "/" + r.get("metric").stringValue()).toList();

        assertThat(ours.subList(0, reference.size())).isEqualTo(reference);
        assertThat(ours.subList(reference.size(), ours.size())).containsExactly("audit_mode_open/p95_ratio",
                "audit_mode_connect/p95_ratio", "artifact_contract/missing_artifacts");
    }

    @ParameterizedTest
    @ValueSource(strings = { "current", "seed" })
    void shouldWriteTheReferenceViolationsAndThenTheKpiRatios(String generation) {
        List<String> expected = new ArrayList<>(REFERENCE_SUMMARY.get("violations").valueStream()
                .map(JsonNode::stringValue).toList());
        expected.add("audit_mode_connect.p95_ratio=1.2875x exceeded budget 1.0500x");
        if (generation.equals("seed")) {
            // the seed example has the measurements only, not the three reports
            expected.add("artifact_contract.missing_artifacts=3.0000 exceeded budget 0.0000");
        }
        assertThat(SloReport.violations(verdict(generation))).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "current", "seed" })
    void shouldRenderEveryLineOfTheReferenceTableVerbatimAndInOrder(String generation) {
        String reference = Examples.text(Examples.upstreamPerfEvidence().get("perf-slo-report.md"));
        List<String> ours = Arrays.asList(SloReport.render(verdict(generation)).split("\n"));

        List<String> referenceLines = Arrays.stream(reference.split("\n")).filter(line -> !line.isBlank()).toList();
        assertThat(ours).containsSubsequence(referenceLines);
    }

    @ParameterizedTest
    @ValueSource(strings = { "current", "seed" })
    void shouldRenderTheValidatorsEvidenceReportByteForByte(String generation) {
        var bundle = BundleValidator.validate(artifacts(generation)).bundle();
        assertThat(EvidenceReport.render(bundle, GateBudgets.defaults()))
                .isEqualTo(Examples.text(Examples.upstreamPerfEvidence().get("perf-evidence-report.md")));
    }
}
