package io.benchwarden.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.Part;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.ExtraFiles;
import io.benchwarden.contract.Problem;
import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.project.ProjectName;
import io.benchwarden.run.RunMetadata;
import io.benchwarden.system.ApiException;
import org.springframework.http.HttpStatus;

/**
 * Turns what an upload sent into an {@link UploadForm} with the list of everything wrong with the form itself:
 * unknown or repeated parts, malformed form fields, a body over its bound. The artifacts' own content is their
 * kind's business ({@link UploadKind#check}), not this class's. Multipart sizes are bounded by the servlet
 * container before this runs ({@code spring.servlet.multipart}); a JSON body is bounded here.
 */
final class UploadFormReader {

    static final String FORM = "form";
    /** A Google Benchmark report is larger than a strict artifact; 4 MB holds thousands of rows. */
    static final int MAX_JSON_BODY = 4 * 1024 * 1024;
    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{7,40}");
    private static final Set<String> FIELDS = Set.of("project", "branch", "commit", "runner", "ci_run_id",
            "started_at");
    private static final int MAX_FIELD_LENGTH = 255;
    /** How far ahead of the service's clock a perf host's may run. */
    static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(5);
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private UploadFormReader() {
    }

    /** A multipart upload: one part per artifact, named by its file name, and the run's form fields. */
    static UploadForm read(Collection<Part> parts, UploadKind<?> kind) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> fields = new HashMap<>();
        Map<String, byte[]> artifacts = new LinkedHashMap<>();
        int extras = 0;
        for (Part part : parts) {
            String name = part.getName();
            counts.merge(name, 1, Integer::sum);
            if (FIELDS.contains(name)) {
                fields.put(name, readField(part, problems));
            }
            else if (kind.isArtifact(name)) {
                artifacts.put(name, bytes(part));
            }
            else if (kind.extraFilesAllowed() > 0 && isFile(part)) {
                Optional<String> unsafe = ExtraFiles.problem(name);
                if (unsafe.isPresent()) {
                    problems.add(new Problem(ArtifactNames.shown(name), "", unsafe.get()));
                }
                else if (++extras > kind.extraFilesAllowed()) {
                    problems.add(new Problem(ArtifactNames.shown(name), "", "is extra file number " + extras + "; at most "
                            + kind.extraFilesAllowed() + " files beyond the contract's are kept per run"));
                }
                else {
                    artifacts.put(name, bytes(part));
                }
            }
            else {
                problems.add(new Problem(ArtifactNames.shown(name), "", "is neither " + kind.artifactsDescribed()
                        + " nor a form field (fields: project, branch, commit, runner, ci_run_id, started_at)"));
            }
        }
        counts.forEach((name, count) -> {
            if (count > 1) {
                problems.add(new Problem(ArtifactNames.shown(name), "", "appears " + count + " times; each part may appear once"));
            }
        });
        RunMetadata metadata = metadata(fields, problems);
        return new UploadForm(metadata, artifacts, problems);
    }

    /**
     * One artifact as the request body, the form fields as query parameters.
     *
     * @throws ApiException 413 when the body is over {@link #MAX_JSON_BODY}
     */
    static UploadForm readBody(InputStream body, String artifactName, Map<String, String> fields) throws IOException {
        byte[] content = body.readNBytes(MAX_JSON_BODY + 1);
        if (content.length > MAX_JSON_BODY) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large",
                    artifactName + " is larger than " + MAX_JSON_BODY / (1024 * 1024) + " MB; nothing was stored");
        }
        List<Problem> problems = new ArrayList<>();
        RunMetadata metadata = metadata(new HashMap<>(fields), problems);
        return new UploadForm(metadata, Map.of(artifactName, content), problems);
    }

    private static RunMetadata metadata(Map<String, String> fields, List<Problem> problems) {
        String project = fields.get("project");
        if (project == null || project.isEmpty()) {
            problems.add(new Problem(FORM, "project", "is required"));
        }
        else if (!ProjectName.isValid(project)) {
            problems.add(new Problem(FORM, "project", "must match " + ProjectName.RULE + ", got \"" + abbreviate(project) + "\""));
        }
        String branch = required(fields, "branch", "trends and baselines are per branch", problems);
        String commit = required(fields, "commit", "triage and promotion are per commit", problems);
        if (commit != null && !COMMIT.matcher(commit).matches()) {
            problems.add(new Problem(FORM, "commit", "must be 7 to 40 hexadecimal characters, got \"" + abbreviate(commit) + "\""));
        }
        return new RunMetadata(project, branch, commit == null ? null : commit.toLowerCase(Locale.ROOT),
                optional(fields, "runner", problems), optional(fields, "ci_run_id", problems),
                startedAt(optional(fields, "started_at", problems), problems));
    }

    /**
     * When the measurement started, as the uploader's clock says; refused when it lies in the future beyond a small
     * skew, since a run dated ahead would seem to measure every commit that comes after it.
     */
    private static Instant startedAt(String started, List<Problem> problems) {
        if (started == null) {
            return null;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(started).toInstant();
        }
        catch (DateTimeParseException ex) {
            problems.add(new Problem(FORM, "started_at",
                    "must be an ISO-8601 date-time with an offset (2026-11-27T06:27:27Z), got \"" + abbreviate(started) + "\""));
            return null;
        }
        Instant latest = Instant.now().plus(CLOCK_SKEW);
        if (at.isAfter(latest)) {
            problems.add(new Problem(FORM, "started_at", "is " + at + ", later than the service's clock allows (now plus "
                    + CLOCK_SKEW.toMinutes() + " minutes, " + latest.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                    + "); check the perf host's clock"));
            return null;
        }
        if (at.isBefore(EARLIEST)) {
            problems.add(new Problem(FORM, "started_at", "is " + at + ", before " + EARLIEST + "; not a measurement's time"));
            return null;
        }
        return at;
    }

    private static String required(Map<String, String> fields, String name, String why, List<Problem> problems) {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            problems.add(new Problem(FORM, name, "is required: " + why));
            return null;
        }
        return optional(fields, name, problems);
    }

    private static String optional(Map<String, String> fields, String name, List<Problem> problems) {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > MAX_FIELD_LENGTH) {
            problems.add(new Problem(FORM, name, "must be at most " + MAX_FIELD_LENGTH + " characters, got " + value.length()));
            return null;
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            problems.add(new Problem(FORM, name, "must not contain control characters"));
            return null;
        }
        return value;
    }

    /**
     * A part is a file when the client said so (a file name, as {@code curl -F name=@file} sends) or its name has a
     * file's extension; anything else that is not a known field is a misspelt field, refused rather than stored.
     */
    private static boolean isFile(Part part) {
        return part.getSubmittedFileName() != null || part.getName() != null && part.getName().contains(".");
    }

    private static byte[] bytes(Part part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String readField(Part part, List<Problem> problems) throws IOException {
        try (InputStream in = part.getInputStream()) {
            var decoded = StrictJson.utf8(FORM, in.readAllBytes(), new ArrayList<>());
            if (decoded.isEmpty()) {
                problems.add(new Problem(FORM, part.getName(), "is not valid UTF-8"));
                return null;
            }
            return decoded.get().strip();
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "..." : value;
    }
}
