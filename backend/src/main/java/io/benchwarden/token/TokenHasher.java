package io.benchwarden.token;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import io.benchwarden.system.Sha256;

/**
 * Tokens are 256 random bits, so a plain SHA-256 digest is enough to store them: there is nothing to brute-force
 * that a slow hash would protect.
 */
public final class TokenHasher {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenHasher() {
    }

    public static String hash(String token) {
        return Sha256.hex(token.getBytes(StandardCharsets.UTF_8));
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "bw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
