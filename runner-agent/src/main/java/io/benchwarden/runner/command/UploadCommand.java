package io.benchwarden.runner.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import io.benchwarden.runner.artifacts.ArtifactFiles;
import io.benchwarden.runner.artifacts.RunMetadataFile;
import io.benchwarden.runner.host.Uname;
import io.benchwarden.runner.upload.CommitStatus;
import io.benchwarden.runner.upload.SourceRevision;
import io.benchwarden.runner.upload.UploadMetadata;
import io.benchwarden.runner.upload.UploadOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "upload", mixinStandardHelpOptions = true,
        description = "Uploads the artifacts of one run to the service. Network errors and 5xx answers are retried; if the "
                + "service stays unreachable the bundle is spooled and the command exits 3. A 4xx answer is printed and "
                + "the command exits 4. A stored run whose strict gate failed exits 1, as the reference gate's step does, "
                + "unless --no-fail-on-gate.")
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

    @Option(names = "--branch", description = "The branch the run measured. Default: GITHUB_HEAD_REF or GITHUB_REF_NAME, "
            + "else the branch git rev-parse names in this directory.")
    String branch;

    @Option(names = "--commit", description = "The commit the run measured (7 to 40 hex digits). Default: GITHUB_SHA, else "
            + "git rev-parse HEAD in this directory.")
    String commit;

    @Option(names = "--runner", description = "The name of the perf host that ran it (default: this host's name from uname).")
    String runner;

    @Option(names = "--ci-run-id", description = "The CI run's id; uploading the same id twice stores the run once.")
    String ciRunId;

    @Option(names = "--started-at", description = "When the run started, ISO-8601. Default: started_at of DIR/"
            + RunMetadataFile.NAME + " (written by run), else the service's time of arrival.")
    String startedAt;

    @Option(names = "--fail-on-gate", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Exit 1 when the service's strict gate failed the stored run (default); --no-fail-on-gate exits 0.")
    boolean failOnGate;

    @Option(names = "--commit-status", description = "After the upload, set the commit's GitHub status ("
            + CommitStatus.CONTEXT + ") from the service's promotion answer; needs GITHUB_REPOSITORY and GITHUB_TOKEN "
            + "(GITHUB_API_URL defaults to https://api.github.com). Exits 6 when the status cannot be set.")
    boolean commitStatus;

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
        ArtifactFiles.Upload upload = ArtifactFiles.readForUpload(directory);
        if (!upload.hasArtifacts()) {
            throw new InvalidInputException(directory + " holds no artifacts of the perf contract");
        }
        upload.skipped().forEach(reason -> err().println("warning: not uploaded: " + reason));
        Map<String, byte[]> artifacts = upload.files();
        SourceRevision revision = SourceRevision.resolve(branch, commit, environment()::get, Path.of(""));
        if (revision.warning() != null) {
            err().println(revision.warning());
        }
        if (commitStatus) {
            checkCommitStatusSettings(revision);
        }
        String started = startedAt != null ? startedAt
                : RunMetadataFile.read(directory).map(metadata -> metadata.startedAt().toString()).orElse(null);
        // Runs are filtered and compared by host, so an upload from a perf host names it even when CI does not.
        String runnerName = runner == null || runner.isBlank() ? Uname.read().nodename() : runner;
        UploadMetadata metadata = new UploadMetadata(project, revision.branch(), revision.commit(), runnerName, ciRunId,
                started);
        UploadOutcome outcome = server.uploader().upload(artifacts, metadata);
        int exitCode = ServerOptions.report(outcome, directory.toString(), out(), err());
        if (outcome instanceof UploadOutcome.Unreachable) {
            Path spooledTo = server.spool().store(artifacts, metadata);
            err().println("spooled to " + spooledTo + "; run 'benchwarden-runner flush' once the service is back");
            return exitCode;
        }
        if (!(outcome instanceof UploadOutcome.Accepted accepted)) {
            return exitCode;
        }
        if (commitStatus) {
            exitCode = setCommitStatus(revision.commit(), accepted.url());
        }
        if (failOnGate && "fail".equals(accepted.strictStatus())) {
            err().println("the service's strict gate failed the run (exit 1; --no-fail-on-gate exits 0)");
            return ExitCodes.GATE_FAILED;
        }
        return exitCode;
    }

    /** Checked before the upload, so a missing setting does not leave a stored run without its status. */
    private void checkCommitStatusSettings(SourceRevision revision) {
        for (String name : new String[] { "GITHUB_REPOSITORY", "GITHUB_TOKEN" }) {
            String value = environment().get(name);
            if (value == null || value.isBlank()) {
                throw new InvalidInputException("--commit-status needs " + name + " (GitHub Actions sets it)");
            }
        }
        if (revision.commit() == null) {
            throw new InvalidInputException("--commit-status needs the commit: give --commit or GITHUB_SHA");
        }
    }

    private int setCommitStatus(String sha, String runUrl) throws InterruptedException {
        CommitStatus status = new CommitStatus();
        String api = environment().get("GITHUB_API_URL");
        try {
            CommitStatus.Promotion promotion = status.promotion(server.server, server.token, project, sha);
            status.publish(api == null || api.isBlank() ? "https://api.github.com" : api,
                    environment().get("GITHUB_REPOSITORY"), sha, environment().get("GITHUB_TOKEN"), promotion, runUrl);
            out().println("commit status " + CommitStatus.CONTEXT + ": " + promotion.state() + " (" + promotion.line() + ")");
            appendStepSummary("Benchwarden promotion of " + sha + ": " + promotion.line());
            return ExitCodes.OK;
        }
        catch (IOException e) {
            err().println("error: the run is stored, but its commit status could not be set: " + e.getMessage());
            return ExitCodes.COMMIT_STATUS_FAILED;
        }
    }

    /** GitHub Actions shows what a step appends to GITHUB_STEP_SUMMARY on the run's page. */
    private void appendStepSummary(String line) throws IOException {
        String summary = environment().get("GITHUB_STEP_SUMMARY");
        if (summary != null && !summary.isBlank()) {
            Files.writeString(Path.of(summary), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }
}
