package io.benchwarden.runner.artifacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.benchwarden.contract.Problem;
import io.benchwarden.contract.json.StrictJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code run-metadata.json}: when the measurement ran, written by {@code run} next to the artifacts, so that
 * {@code upload} (and a later {@code flush} of a spooled bundle) sends the time of measurement rather than the time
 * of upload. Not an artifact of the perf contract; it is read by the runner, never uploaded as a part.
 */
public record RunMetadataFile(Instant startedAt, Instant finishedAt) {

    public static final String NAME = "run-metadata.json";

    public void writeTo(Path directory) {
        ObjectNode json = StrictJson.mapper().createObjectNode();
        json.put("schema_version", 1);
        json.put("started_at", startedAt.toString());
        json.put("finished_at", finishedAt.toString());
        ArtifactFiles.write(directory.resolve(NAME), ArtifactFiles.compact(json) + "\n");
    }

    /**
     * The file in {@code directory}, when there is one.
     *
     * @throws IllegalArgumentException when it is there but unreadable: its problem, naming the file and the key
     */
    public static Optional<RunMetadataFile> read(Path directory) {
        Path file = directory.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<Problem> problems = new ArrayList<>();
        try {
            JsonNode json = StrictJson.object(NAME, Files.readAllBytes(file), problems).orElse(null);
            if (json == null) {
                throw new IllegalArgumentException(problems.get(0).toString());
            }
            return Optional.of(new RunMetadataFile(instant(json, "started_at"), instant(json, "finished_at")));
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Instant instant(JsonNode json, String key) {
        JsonNode value = json.path(key);
        try {
            return Instant.parse(value.asString());
        }
        catch (DateTimeParseException | UnsupportedOperationException e) {
            throw new IllegalArgumentException(NAME + ": " + key + " must be an ISO-8601 instant such as "
                    + "2026-12-01T20:15:00Z, got " + value);
        }
    }
}
