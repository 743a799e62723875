package io.benchwarden.run.ingest;

import java.util.Map;

import io.benchwarden.run.RunMetadata;

/** What an upload carried: its form fields and its artifacts by file name, bytes exactly as received. */
public record BundleUpload(RunMetadata metadata, Map<String, byte[]> artifacts) {
}
