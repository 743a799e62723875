package io.benchwarden.runner.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.benchwarden.contract.Problem;
import io.benchwarden.contract.gate.BudgetDefaults;
import io.benchwarden.contract.gate.GateBudgets;
import io.benchwarden.contract.report.EvidenceReport;
import io.benchwarden.contract.validation.BundleValidator;
import io.benchwarden.contract.validation.ValidationOutcome;
import io.benchwarden.runner.artifacts.ArtifactFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "A drop-in for validate_perf_artifacts.py: checks the artifacts in a directory with the rules the "
                + "service applies at ingest, lists every problem and exits 2 when the bundle is malformed; then prints the "
                + "evidence report and exits 1 when a KPI p95 ratio is over its target or a workload row failed, 0 when "
                + "all pass. --schema-only stops after the schema.")
final class ValidateCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "DIR", description = "The directory holding the artifacts of one run.")
    Path directory;

    @Option(names = "--schema-only", description = "Check the artifacts' schema only: exit 0 when valid, 2 when not.")
    boolean schemaOnly;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write the evidence report (perf-evidence-report.md) to this file, as the reference does.")
    Path report;

    @Option(names = "--max-open-p95-ratio", paramLabel = "RATIO", defaultValue = "" + BudgetDefaults.KPI_P95_RATIO,
            description = "The open KPI's target: open_with_agent p95_us / open_baseline p95_us. Default: ${DEFAULT-VALUE}.")
    double maxOpenP95Ratio;

    @Option(names = "--max-connect-p95-ratio", paramLabel = "RATIO", defaultValue = "" + BudgetDefaults.KPI_P95_RATIO,
            description = "The connect KPI's target. Default: ${DEFAULT-VALUE}.")
    double maxConnectP95Ratio;

    @Override
    protected int execute() {
        if (!Files.isDirectory(directory)) {
            throw new InvalidInputException(directory + " is not a directory");
        }
        Map<String, byte[]> artifacts = ArtifactFiles.readKnown(directory);
        ValidationOutcome outcome = BundleValidator.validate(artifacts);
        if (!outcome.valid()) {
            for (Problem problem : outcome.problems()) {
                err().println(problem);
            }
            err().println(directory + ": invalid (" + outcome.problems().size() + " problem(s))");
            return ExitCodes.INVALID_INPUT;
        }
        out().println(directory + ": valid (" + artifacts.size() + " artifacts: " + String.join(", ", artifacts.keySet()) + ")");
        if (schemaOnly) {
            return ExitCodes.OK;
        }
        String evidence = EvidenceReport.render(outcome.bundle(),
                GateBudgets.defaults().withKpiRatios(maxOpenP95Ratio, maxConnectP95Ratio));
        if (report != null) {
            ArtifactFiles.write(report, evidence);
        }
        out().print(evidence);
        List<String> failures = gateFailures(evidence);
        failures.forEach(out()::println);
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }

    /**
     * The report's "Gate failures" section: the reference validator's gate errors, which it prints again after the
     * report. Read from the rendered report so the errors and the report cannot disagree.
     */
    static List<String> gateFailures(String evidence) {
        int section = evidence.indexOf("\n## Gate failures\n");
        if (section < 0) {
            return List.of();
        }
        return evidence.substring(section).lines().filter(line -> line.startsWith("- ")).map(line -> line.substring(2))
                .toList();
    }
}
