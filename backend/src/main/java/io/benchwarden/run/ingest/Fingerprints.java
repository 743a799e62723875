package io.benchwarden.run.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.TreeMap;

import io.benchwarden.run.RunMetadata;
import io.benchwarden.system.Sha256;

/**
 * Content digests that make uploads idempotent. The fingerprint covers the artifacts (name, length, bytes, in
 * name order) and the run's metadata except started_at, which defaults to "now" and so differs between retries.
 * The idempotency key is the ci_run_id when given, otherwise the fingerprint itself: identical artifacts from
 * two commits are two runs, and a ci_run_id arriving again with another fingerprint is a conflict.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String bundle(Map<String, byte[]> artifacts) {
        MessageDigest digest = Sha256.newDigest();
        new TreeMap<>(artifacts).forEach((name, bytes) -> {
            update(digest, name);
            update(digest, Integer.toString(bytes.length));
            digest.update(bytes);
        });
        return Sha256.hex(digest);
    }

    public static String fingerprint(String bundleDigest, RunMetadata metadata) {
        MessageDigest digest = Sha256.newDigest();
        update(digest, bundleDigest);
        for (String field : new String[] { metadata.branch(), metadata.commit(), metadata.runner(),
                metadata.ciRunId() }) {
            update(digest, field == null ? "\u0000null" : field);
        }
        return Sha256.hex(digest);
    }

    public static String key(RunMetadata metadata, String fingerprint) {
        return metadata.ciRunId() != null ? "ci:" + metadata.ciRunId() : "sha256:" + fingerprint;
    }

    /** Length-prefixed, so ("ab","c") and ("a","bc") never digest alike. */
    private static void update(MessageDigest digest, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) ':');
        digest.update(bytes);
    }
}
