package io.benchwarden.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.TreeMap;

import io.benchwarden.run.RunMetadata;
import io.benchwarden.system.Sha256;

/**
 * Content digests that make uploads idempotent: the artifacts (name, length, bytes, in name order) and the run's
 * metadata except started_at, which defaults to "now" and so differs between retries.
 */
final class Fingerprints {

    private Fingerprints() {
    }

    static String bundle(Map<String, byte[]> artifacts) {
        MessageDigest digest = Sha256.newDigest();
        new TreeMap<>(artifacts).forEach((name, bytes) -> {
            update(digest, name);
            update(digest, Integer.toString(bytes.length));
            digest.update(bytes);
        });
        return Sha256.hex(digest);
    }

    static String fingerprint(String bundleDigest, RunMetadata metadata) {
        MessageDigest digest = Sha256.newDigest();
        update(digest, bundleDigest);
        for (String field : new String[] { metadata.branch(), metadata.commit(), metadata.runner(),
                metadata.ciRunId() }) {
            update(digest, field == null ? "\u0000null" : field);
        }
        return Sha256.hex(digest);
    }

    /** Length-prefixed, so ("ab","c") and ("a","bc") never digest alike. */
    private static void update(MessageDigest digest, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) ':');
        digest.update(bytes);
    }
}
