package io.benchwarden.runner.command;

import java.io.PrintWriter;
import java.nio.file.Path;

import io.benchwarden.runner.upload.RunUploader;
import io.benchwarden.runner.upload.Spool;
import io.benchwarden.runner.upload.UploadOutcome;

/**
 * Resends spooled bundles oldest first. A bundle leaves the spool only after the service accepted it; when the
 * service is still away, flushing stops (later bundles would fail the same way) and they all stay.
 */
final class SpoolFlusher {

    private SpoolFlusher() {
    }

    static int flush(Spool spool, RunUploader uploader, PrintWriter out, PrintWriter err) throws InterruptedException {
        int exitCode = ExitCodes.OK;
        int sent = 0;
        for (Path directory : spool.pending()) {
            Spool.Entry entry = spool.load(directory);
            UploadOutcome outcome = uploader.upload(entry.artifacts(), entry.metadata());
            int code = ServerOptions.report(outcome, "spooled bundle " + directory.getFileName(), out, err);
            if (outcome instanceof UploadOutcome.Accepted) {
                spool.remove(directory);
                sent++;
            }
            else if (outcome instanceof UploadOutcome.Unreachable) {
                err.println("kept " + spool.pending().size() + " bundle(s) in the spool for the next flush");
                return ExitCodes.UPLOAD_SPOOLED;
            }
            else {
                exitCode = code;
            }
        }
        out.println("flushed " + sent + " spooled bundle(s); " + spool.pending().size() + " left");
        return exitCode;
    }
}
