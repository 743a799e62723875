package io.benchwarden.runner.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.benchwarden.contract.Problem;
import io.benchwarden.contract.validation.BundleValidator;
import io.benchwarden.contract.validation.ValidationOutcome;
import io.benchwarden.runner.artifacts.ArtifactFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the artifacts in a directory with the same rules the service applies at ingest and lists "
                + "every problem. Exits 2 when the bundle is invalid.")
final class ValidateCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "DIR", description = "The directory holding the artifacts of one run.")
    Path directory;

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
        return ExitCodes.OK;
    }
}
