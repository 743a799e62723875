package io.benchwarden.runner.upload;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import io.benchwarden.runner.artifacts.ArtifactFiles;

/**
 * Bundles the service did not take yet, one directory each, named by UTC time so that name order is arrival
 * order: {@code 20250101T120000.123Z-<random>/fields.properties} and {@code .../artifacts/*}. A bundle is built in
 * a hidden temporary directory and renamed into place, so a crash never leaves half a bundle to resend.
 */
public final class Spool {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String FIELDS = "fields.properties";
    private static final String ARTIFACTS = "artifacts";

    private final Path root;
    private final Clock clock;

    public Spool(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    public record Entry(Path directory, Map<String, byte[]> artifacts, UploadMetadata metadata) {
    }

    public Path store(Map<String, byte[]> artifacts, UploadMetadata metadata) {
        String name = NAME.format(clock.instant()) + "-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            Files.createDirectories(root);
            Path temporary = Files.createTempDirectory(root, ".incoming-");
            Path artifactDir = Files.createDirectory(temporary.resolve(ARTIFACTS));
            for (Map.Entry<String, byte[]> artifact : artifacts.entrySet()) {
                Files.write(artifactDir.resolve(artifact.getKey()), artifact.getValue());
            }
            try (Writer writer = Files.newBufferedWriter(temporary.resolve(FIELDS))) {
                metadata.toProperties().store(writer, "form fields of a spooled upload");
            }
            Path target = root.resolve(name);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot spool the bundle into " + root, e);
        }
    }

    /** Spooled bundles, oldest first; temporary directories of interrupted writes are skipped. */
    public List<Path> pending() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory)
                    .filter(dir -> !dir.getFileName().toString().startsWith("."))
                    .filter(dir -> Files.isRegularFile(dir.resolve(FIELDS)))
                    .sorted(Comparator.comparing(dir -> dir.getFileName().toString()))
                    .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot list the spool " + root, e);
        }
    }

    public Entry load(Path directory) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(directory.resolve(FIELDS))) {
            properties.load(reader);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory.resolve(FIELDS), e);
        }
        return new Entry(directory, ArtifactFiles.readForUpload(directory.resolve(ARTIFACTS)).files(),
                UploadMetadata.fromProperties(properties));
    }

    /** Removes a bundle once the service has accepted it: renamed away first, so a half-deleted one is never resent. */
    public void remove(Path directory) {
        try {
            Path doomed = root.resolve(".sent-" + directory.getFileName());
            Files.move(directory, doomed, StandardCopyOption.ATOMIC_MOVE);
            try (Stream<Path> files = Files.walk(doomed)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + directory + " from the spool", e);
        }
    }
}
