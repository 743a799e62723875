package io.benchwarden.runner.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.benchwarden.runner.artifacts.ArtifactFiles;
import io.benchwarden.runner.host.Uname;
import io.benchwarden.runner.upload.UploadMetadata;
import io.benchwarden.runner.upload.UploadOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "upload", mixinStandardHelpOptions = true,
        description = "Uploads the artifacts of one run to the service. Network errors and 5xx answers are retried; if the "
                + "service stays unreachable the bundle is spooled and the command exits 3. A 4xx answer is printed and "
                + "the command exits 4.")
final class UploadCommand extends BaseCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The directory holding the run's artifacts.")
    Path directory;

    @Mixin
    ServerOptions server;

    @Option(names = "--spooled", description = "Instead of a directory, resend the spooled bundles (as the flush command does).")
    boolean spooled;

    @Option(names = "--project", descriptionKey = "BENCHWARDEN_PROJECT", paramLabel = "NAME",
            description = "The project the run belongs to (env BENCHWARDEN_PROJECT).")
    String project;

    @Option(names = "--branch", description = "The branch the run measured.")
    String branch;

    @Option(names = "--commit", description = "The commit the run measured (7 to 40 hex digits).")
    String commit;

    @Option(names = "--runner", description = "The name of the perf host that ran it (default: this host's name from uname).")
    String runner;

    @Option(names = "--ci-run-id", description = "The CI run's id; uploading the same id twice stores the run once.")
    String ciRunId;

    @Option(names = "--started-at", description = "When the run started, ISO-8601 (default: the service's time of arrival).")
    String startedAt;

    @Override
    protected int execute() throws InterruptedException {
        if (spooled) {
            return SpoolFlusher.flush(server.spool(), server.uploader(), out(), err());
        }
        if (directory == null || !Files.isDirectory(directory)) {
            throw new InvalidInputException("DIR must be the directory of a run's artifacts, got " + directory);
        }
        if (project == null || project.isBlank()) {
            throw new InvalidInputException("--project is required");
        }
        Map<String, byte[]> artifacts = ArtifactFiles.readKnown(directory);
        if (artifacts.isEmpty()) {
            throw new InvalidInputException(directory + " holds no artifacts of the perf contract");
        }
        // Runs are filtered and compared by host, so an upload from a perf host names it even when CI does not.
        String runnerName = runner == null || runner.isBlank() ? Uname.read().nodename() : runner;
        UploadMetadata metadata = new UploadMetadata(project, branch, commit, runnerName, ciRunId, startedAt);
        UploadOutcome outcome = server.uploader().upload(artifacts, metadata);
        int exitCode = ServerOptions.report(outcome, directory.toString(), out(), err());
        if (outcome instanceof UploadOutcome.Unreachable) {
            Path spooledTo = server.spool().store(artifacts, metadata);
            err().println("spooled to " + spooledTo + "; run 'benchwarden-runner flush' once the service is back");
        }
        return exitCode;
    }
}
