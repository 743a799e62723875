package io.benchwarden.run.ingest;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import io.benchwarden.project.Project;
import io.benchwarden.project.ProjectRepository;
import io.benchwarden.run.RunLinks;
import io.benchwarden.run.RunViews;
import io.benchwarden.system.UniqueKeyRace;
import io.benchwarden.token.ApiToken;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/runs}: one multipart part per artifact, named by its file name, plus the run's form fields. */
@RestController
class RunIngestController {

    private final RunIngestService ingest;
    private final ProjectRepository projects;
    private final RunLinks links;

    RunIngestController(RunIngestService ingest, ProjectRepository projects, RunLinks links) {
        this.ingest = ingest;
        this.projects = projects;
        this.links = links;
    }

    @PostMapping(path = "/api/v1/runs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RunViews.IngestResponse> upload(HttpServletRequest request, @AuthenticationPrincipal ApiToken token)
            throws IOException, ServletException {
        UploadFormReader.Result form = UploadFormReader.read(request.getParts());
        RunIngestService.Prepared prepared = RunIngestService.prepare(form.upload(), form.problems());
        Project project = projects.findOrCreate(prepared.upload().metadata().project());
        token.requireProject(project);
        RunIngestService.Outcome outcome = UniqueKeyRace.storeOrWinner(() -> ingest.store(project, prepared),
                () -> ingest.existing(project, prepared));
        var body = new RunViews.IngestResponse(outcome.runId(), links.ui(outcome.runId()), outcome.strict());
        URI location = URI.create(links.api(outcome.runId()));
        return outcome.created() ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }
}
