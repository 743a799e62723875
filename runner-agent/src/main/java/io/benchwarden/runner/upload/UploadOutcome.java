package io.benchwarden.runner.upload;

import java.util.List;

/** How an upload ended: accepted by the service, rejected with its reasons, or the service never answered well. */
public sealed interface UploadOutcome {

    record Accepted(int status, String id, String url, String strictStatus) implements UploadOutcome {
    }

    record Rejected(int status, List<String> errors) implements UploadOutcome {
    }

    record Unreachable(String reason) implements UploadOutcome {
    }
}
