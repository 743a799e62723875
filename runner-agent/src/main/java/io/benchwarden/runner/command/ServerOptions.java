package io.benchwarden.runner.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import io.benchwarden.runner.upload.RunUploader;
import io.benchwarden.runner.upload.Spool;
import io.benchwarden.runner.upload.UploadOutcome;
import picocli.CommandLine.Option;

/** Where runs go, how hard the runner tries, and where they wait when the service is away. */
public final class ServerOptions {

    @Option(names = "--server", descriptionKey = "BENCHWARDEN_SERVER", required = true, paramLabel = "URL",
            description = "The Benchwarden service, e.g. https://perf.example.com (env BENCHWARDEN_SERVER).")
    String server;

    @Option(names = "--token", descriptionKey = "BENCHWARDEN_TOKEN", required = true, paramLabel = "TOKEN",
            description = "The API token sent as a bearer token (env BENCHWARDEN_TOKEN, which keeps it out of the process list).")
    String token;

    @Option(names = "--attempts", descriptionKey = "BENCHWARDEN_UPLOAD_ATTEMPTS", defaultValue = "5", paramLabel = "N",
            description = "How many times an upload is tried when the network fails or the service answers 5xx. Default: ${DEFAULT-VALUE}.")
    int attempts;

    @Option(names = "--retry-delay-ms", descriptionKey = "BENCHWARDEN_RETRY_DELAY_MS", defaultValue = "1000", paramLabel = "MS",
            description = "The wait before the first retry; it doubles with each further retry. Default: ${DEFAULT-VALUE}.")
    long retryDelayMillis;

    @Option(names = "--spool-dir", descriptionKey = "BENCHWARDEN_SPOOL_DIR", defaultValue = "${sys:user.home}/.benchwarden/spool",
            paramLabel = "DIR", description = "Where bundles wait when the service cannot be reached (env BENCHWARDEN_SPOOL_DIR). "
                    + "Default: ${DEFAULT-VALUE}.")
    Path spoolDir;

    RunUploader uploader() {
        return new RunUploader(server, token, attempts, Duration.ofMillis(retryDelayMillis));
    }

    Spool spool() {
        return new Spool(spoolDir, Clock.systemUTC());
    }

    /** Prints the outcome the way every upload path reports it and returns its exit code. */
    static int report(UploadOutcome outcome, String what, PrintWriter out, PrintWriter err) {
        if (outcome instanceof UploadOutcome.Accepted accepted) {
            out.println("uploaded " + what + ": run " + accepted.id() + " " + accepted.url()
                    + (accepted.strictStatus().isEmpty() ? "" : " (strict gate: " + accepted.strictStatus() + ")"));
            return ExitCodes.OK;
        }
        if (outcome instanceof UploadOutcome.Rejected rejected) {
            err.println("the service rejected " + what + " (HTTP " + rejected.status() + "):");
            rejected.errors().forEach(error -> err.println("  " + error));
            return ExitCodes.UPLOAD_REJECTED;
        }
        err.println("could not upload " + what + ": " + ((UploadOutcome.Unreachable) outcome).reason());
        return ExitCodes.UPLOAD_SPOOLED;
    }
}
