package io.benchwarden.runner.artifacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.json.StrictJson;
import tools.jackson.databind.JsonNode;

/**
 * Reading and writing artifact files; writes go to a temporary file first and are renamed into place, with the
 * permissions the umask gives a new file.
 */
public final class ArtifactFiles {

    private ArtifactFiles() {
    }

    /** Compact JSON, as the reference's {@code json.dumps(..., separators=(",", ":"))}. */
    public static String compact(JsonNode node) {
        return StrictJson.mapper().writeValueAsString(node);
    }

    public static void write(Path file, String content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            // Not Files.createTempFile: it makes the file 0600, and the workflow's later steps (often another user)
            // must read the artifacts; a new file gets 0666 less the umask, as the reference scripts' files do.
            Path temporary = parent.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
            Files.writeString(temporary, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Every file in {@code directory} whose name is an artifact of the contract, by name. */
    public static Map<String, byte[]> readKnown(Path directory) {
        Map<String, byte[]> artifacts = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (ArtifactNames.isKnown(name) && Files.isRegularFile(file)) {
                    artifacts.put(name, Files.readAllBytes(file));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read artifacts from " + directory, e);
        }
        return artifacts;
    }
}
