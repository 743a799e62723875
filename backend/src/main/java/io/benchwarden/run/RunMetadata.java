package io.benchwarden.run;

import java.time.Instant;

/** The form fields of an upload, validated. {@code startedAt} is null when the uploader did not say. */
public record RunMetadata(String project, String branch, String commit, String runner, String ciRunId,
        Instant startedAt) {
}
