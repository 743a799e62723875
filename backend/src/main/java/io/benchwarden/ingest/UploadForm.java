package io.benchwarden.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.benchwarden.contract.Problem;
import io.benchwarden.run.RunMetadata;

/**
 * What an upload carried, read but not yet judged: its form fields, its artifacts by file name (bytes exactly as
 * received) and everything already found wrong with the form itself.
 */
public record UploadForm(RunMetadata metadata, Map<String, byte[]> artifacts, List<Problem> problems) {

    public UploadForm {
        artifacts = Collections.unmodifiableMap(new LinkedHashMap<>(artifacts));
        problems = List.copyOf(problems);
    }

    /** A form made by the service itself (the demo history), with nothing wrong in it. */
    public static UploadForm of(RunMetadata metadata, Map<String, byte[]> artifacts) {
        return new UploadForm(metadata, artifacts, List.of());
    }
}
