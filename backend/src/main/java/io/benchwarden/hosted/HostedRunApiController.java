package io.benchwarden.hosted;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import io.benchwarden.contract.Problem;
import io.benchwarden.project.Project;
import io.benchwarden.project.ProjectRepository;
import io.benchwarden.run.RunMetadata;
import io.benchwarden.run.ingest.UploadFormReader;
import io.benchwarden.system.ApiException;
import io.benchwarden.system.UniqueKeyRace;
import io.benchwarden.token.ApiToken;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/hosted-runs}: Google Benchmark JSON from shared CI runners, either as a {@code benchmark.json}
 * part of a multipart form with the run's fields, or as the JSON body with the fields as query parameters.
 */
@RestController
class HostedRunApiController {

    private static final int MAX_JSON_BODY = 4 * 1024 * 1024;

    private final HostedIngestService ingest;
    private final HostedRunReader reader;
    private final ProjectRepository projects;

    HostedRunApiController(HostedIngestService ingest, HostedRunReader reader, ProjectRepository projects) {
        this.ingest = ingest;
        this.reader = reader;
        this.projects = projects;
    }

    @PostMapping(path = "/api/v1/hosted-runs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<HostedViews.HostedRun> uploadForm(HttpServletRequest request, @AuthenticationPrincipal ApiToken token)
            throws IOException, ServletException {
        UploadFormReader.Result form = UploadFormReader.read(request.getParts(),
                HostedIngestService.ARTIFACT::equals, "benchmark.json");
        return store(form.upload().metadata(), form.upload().artifacts().get(HostedIngestService.ARTIFACT),
                form.problems(), token);
    }

    @PostMapping(path = "/api/v1/hosted-runs", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<HostedViews.HostedRun> uploadJson(HttpServletRequest request,
            @RequestParam Map<String, String> fields, @AuthenticationPrincipal ApiToken token) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_JSON_BODY + 1);
        if (body.length > MAX_JSON_BODY) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large",
                    "benchmark.json is larger than 4 MB; nothing was stored");
        }
        List<Problem> problems = new ArrayList<>();
        RunMetadata metadata = UploadFormReader.metadata(new HashMap<>(fields), problems);
        return store(metadata, body, problems, token);
    }

    @GetMapping("/api/v1/hosted-runs/{id}")
    HostedViews.HostedRun get(@PathVariable long id) {
        return reader.read(id);
    }

    private ResponseEntity<HostedViews.HostedRun> store(RunMetadata metadata, byte[] content, List<Problem> problems,
            ApiToken token) {
        HostedIngestService.Prepared prepared = HostedIngestService.prepare(metadata, content, problems);
        Project project = projects.findOrCreate(metadata.project());
        token.requireProject(project);
        HostedIngestService.Outcome outcome = UniqueKeyRace.storeOrWinner(() -> ingest.store(project, prepared),
                () -> ingest.existing(project, prepared));
        HostedViews.HostedRun body = reader.read(outcome.runId());
        URI location = URI.create("/api/v1/hosted-runs/" + outcome.runId());
        return outcome.created() ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }
}
