package io.benchwarden.runner.artifacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.ExtraFiles;
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

    /** Every file in {@code directory} whose name is an artifact of the contract, by name: what {@code validate} checks. */
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

    /**
     * What an upload of {@code directory} sends, by name: every artifact of the contract, and the other files as
     * extra files, as many as the service keeps ({@link ExtraFiles#MAX_FILES}, in name order); {@code skipped} says
     * which files stay behind and why, so nothing is left out silently. {@value RunMetadataFile#NAME} is not a file
     * of the run but where its start time is kept, which the upload sends as a field.
     */
    public record Upload(Map<String, byte[]> files, List<String> skipped) {

        /** Whether the directory holds any artifact of the contract. */
        public boolean hasArtifacts() {
            return files.keySet().stream().anyMatch(ArtifactNames::isKnown);
        }
    }

    public static Upload readForUpload(Path directory) {
        Map<String, byte[]> files = new TreeMap<>();
        List<String> skipped = new ArrayList<>();
        int extras = 0;
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path file : (Iterable<Path>) entries.sorted()::iterator) {
                String name = file.getFileName().toString();
                if (name.equals(RunMetadataFile.NAME)) {
                    continue; // the runner's own note of when it measured: sent as the started_at field
                }
                if (!Files.isRegularFile(file)) {
                    skipped.add(name + ": not a regular file");
                    continue;
                }
                if (!ArtifactNames.isKnown(name)) {
                    Optional<String> problem = ExtraFiles.problem(name);
                    if (problem.isPresent()) {
                        skipped.add(name + ": " + problem.get());
                        continue;
                    }
                    if (++extras > ExtraFiles.MAX_FILES) {
                        skipped.add(name + ": the service keeps at most " + ExtraFiles.MAX_FILES + " extra files");
                        continue;
                    }
                }
                files.put(name, Files.readAllBytes(file));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read artifacts from " + directory, e);
        }
        return new Upload(files, List.copyOf(skipped));
    }
}
