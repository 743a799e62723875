package io.benchwarden.system.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's superuser password: generated on first start, kept in a file readable only by the
 * service's user (0600), and read from it on every start after.
 */
final class DatabasePassword {

    private static final Logger log = LoggerFactory.getLogger(DatabasePassword.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabasePassword() {
    }

    static String readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            restrict(file);
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.isEmpty()) {
                throw new IOException(file + " is empty; restore it from the backup of the data directory");
            }
            return password;
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        // URL-safe Base64: no quotes, spaces or backslashes to escape anywhere the password travels.
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Path written = posix()
                ? Files.createTempFile(file.getParent(), ".password", ".tmp",
                        PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(file.getParent(), ".password", ".tmp");
        Files.writeString(written, password + "\n", StandardCharsets.UTF_8);
        // Written whole or not at all: a crash must not leave an empty password file behind.
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
        log.info("Generated the embedded database's password in {}", file);
        return password;
    }

    private static void restrict(Path file) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            log.warn("{} was readable by others; restricting it to its owner (0600)", file);
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
