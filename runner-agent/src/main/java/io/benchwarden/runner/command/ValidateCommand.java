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
        GateBudgets targets = GateBudgets.defaults().withKpiRatios(maxOpenP95Ratio, maxConnectP95Ratio);
        String evidence = EvidenceReport.render(outcome.bundle(), targets);
        if (report != null) {
            ArtifactFiles.write(report, evidence);
        }
        out().print(evidence);
        List<String> failures = EvidenceReport.gateFailures(outcome.bundle(), targets);
        failures.forEach(out()::println);
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }
}
