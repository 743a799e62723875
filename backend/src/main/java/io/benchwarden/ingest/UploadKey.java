package io.benchwarden.ingest;

import io.benchwarden.run.RunMetadata;

/**
 * What makes uploads idempotent. The fingerprint covers the artifacts and the run's metadata except started_at (see
 * {@link Fingerprints}); the key is the ci_run_id when given, otherwise the fingerprint itself. Identical artifacts
 * from two commits are two runs, and a ci_run_id arriving again with another fingerprint is a conflict.
 */
record UploadKey(String key, String fingerprint) {

    static UploadKey of(UploadForm form) {
        RunMetadata metadata = form.metadata();
        String fingerprint = Fingerprints.fingerprint(Fingerprints.bundle(form.artifacts()), metadata);
        return new UploadKey(metadata.ciRunId() != null ? "ci:" + metadata.ciRunId() : "sha256:" + fingerprint,
                fingerprint);
    }
}
