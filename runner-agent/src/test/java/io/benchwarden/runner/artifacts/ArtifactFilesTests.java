package io.benchwarden.runner.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

class ArtifactFilesTests {

    static {
        Native.register(ArtifactFilesTests.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
    }

    /** libc's umask(2): sets the process's file mode creation mask and returns the one before. */
    private static native int umask(int mask);

    @TempDir
    Path dir;

    @Test
    void shouldGiveAWrittenFileThePermissionsTheUmaskAllowsAsTheShellWould() throws Exception {
        int previous = umask(022);
        try {
            ArtifactFiles.write(dir.resolve("perf/open_compare.json"), "{}");
            umask(027);
            ArtifactFiles.write(dir.resolve("perf/open_baseline.json"), "{}");
        }
        finally {
            umask(previous);
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("perf/open_compare.json"))))
                .isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("perf"))))
                .isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("perf/open_baseline.json"))))
                .isEqualTo("rw-r-----");
        try (var left = Files.list(dir.resolve("perf"))) {
            assertThat(left.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("open_compare.json",
                    "open_baseline.json");
        }
    }
}
