package io.benchwarden.runner.artifacts;

import static io.benchwarden.contract.ArtifactNames.*;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.gate.GateBudgets;
import io.benchwarden.contract.gate.StrictGate;
import io.benchwarden.contract.gate.StrictVerdict;
import io.benchwarden.contract.model.Comparison;
import io.benchwarden.contract.report.EvidenceReport;
import io.benchwarden.contract.report.SloReport;
import io.benchwarden.contract.report.SloSummary;
import io.benchwarden.contract.rounds.Harness;
import io.benchwarden.contract.rounds.ProfileRounds;
import io.benchwarden.contract.rounds.RoundsStop;
import io.benchwarden.contract.validation.BundleValidator;
import io.benchwarden.contract.validation.ValidationOutcome;
import io.benchwarden.runner.bench.BenchTarget;
import io.benchwarden.runner.bench.WorkloadKind;
import io.benchwarden.runner.rounds.WorkloadRounds;
import tools.jackson.databind.node.ObjectNode;

/**
 * The thirteen artifacts of a strict run, from the interleaved rounds and the host description. The reports
 * come from the contract module's gate and renderers, over the same bytes that are written, so what the runner
 * says and what the service will say cannot differ.
 */
public final class StrictRunArtifacts {

    private StrictRunArtifacts() {
    }

    public record Result(Map<String, String> files, StrictVerdict verdict) {
    }

    public static Result build(Map<WorkloadKind, WorkloadRounds> results, BenchTarget target, List<Comparison> suiteRows,
            double maxComparePct, Map<String, String> hostTexts, String cpuGovernor, Harness harness, RoundsStop stop) {
        Map<String, String> files = new LinkedHashMap<>();
        WorkloadRounds open = results.get(WorkloadKind.OPEN_CLOSE);
        WorkloadRounds connect = results.get(WorkloadKind.CONNECT_LOOPBACK);
        WorkloadRounds openCompare = results.get(WorkloadKind.OPEN_COMPARE);
        Comparison compare = ComparisonArtifact.compare(Comparison.OPEN_COMPARE_NAME,
                openCompare.baselineSummary().usPerOp(), openCompare.withAgentSummary().usPerOp(), maxComparePct, true);
        files.put(OPEN_COMPARE, ArtifactFiles.compact(ComparisonArtifact.json(compare, false, openCompare.usPerOpRatio())));
        files.put(OPEN_BASELINE, profile(open, target, false, cpuGovernor, harness, stop));
        files.put(OPEN_WITH_AGENT, profile(open, target, true, cpuGovernor, harness, stop));
        files.put(CONNECT_BASELINE, profile(connect, target, false, cpuGovernor, harness, stop));
        files.put(CONNECT_WITH_AGENT, profile(connect, target, true, cpuGovernor, harness, stop));
        files.put(WORKLOAD_SUITE, ArtifactFiles.compact(ComparisonArtifact.suite(suiteRows,
                SuiteRows.usPerOpRatios(results))) + "\n");
        files.putAll(hostTexts);
        ValidationOutcome outcome = BundleValidator.validate(bytes(files));
        if (!outcome.valid()) {
            throw new IllegalStateException("the runner produced an invalid bundle: " + outcome.problems());
        }
        GateBudgets budgets = GateBudgets.defaults();
        StrictVerdict verdict = StrictGate.evaluate(outcome.bundle(), ArtifactNames.CONTRACT, budgets);
        files.put(SLO_REPORT, SloReport.render(verdict));
        files.put(SLO_SUMMARY, SloSummary.render(verdict, budgets));
        files.put(EVIDENCE_REPORT, EvidenceReport.render(outcome.bundle(), budgets));
        return new Result(files, verdict);
    }

    private static String profile(WorkloadRounds rounds, BenchTarget target, boolean withAgent, String cpuGovernor,
            Harness harness, RoundsStop stop) {
        ObjectNode node = ProfileArtifact.json(rounds.kind(),
                withAgent ? rounds.withAgentSummary() : rounds.baselineSummary(), target, withAgent);
        new ProfileRounds(withAgent ? rounds.withAgent() : rounds.baseline(), ProfileRounds.PAIRED_MEDIAN_OF_ROUNDS,
                cpuGovernor, harness, stop, withAgent ? rounds.p95Ratio() : null,
                withAgent ? rounds.withAgentUnpaired() : null, rounds.histogram(withAgent, 0)).writeTo(node);
        return ArtifactFiles.compact(node) + "\n";
    }

    public static Map<String, byte[]> bytes(Map<String, String> files) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }
}
