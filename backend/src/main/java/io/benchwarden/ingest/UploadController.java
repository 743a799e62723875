package io.benchwarden.ingest;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import io.benchwarden.system.Links;
import io.benchwarden.token.ApiToken;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The upload endpoints, one per kind, all through the one {@link IngestPipeline}: {@code POST /api/v1/runs}
 * (multipart, one part per artifact named by its file name) and {@code POST /api/v1/hosted-runs} (a
 * {@code benchmark.json} part, or the JSON as the body with the fields as query parameters). The answer is 201 or
 * 200 with {@code Location} (the API resource) and the run's page as {@code url}.
 */
@RestController
class UploadController {

    private final IngestPipeline pipeline;
    private final StrictUpload strict;
    private final HostedUpload hosted;
    private final Links links;

    UploadController(IngestPipeline pipeline, StrictUpload strict, HostedUpload hosted, Links links) {
        this.pipeline = pipeline;
        this.strict = strict;
        this.hosted = hosted;
        this.links = links;
    }

    @PostMapping(path = "/api/v1/runs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> strictRun(HttpServletRequest request, @AuthenticationPrincipal ApiToken token)
            throws IOException, ServletException {
        return answer(strict, UploadFormReader.read(request.getParts(), strict), token);
    }

    @PostMapping(path = "/api/v1/hosted-runs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> hostedRunForm(HttpServletRequest request, @AuthenticationPrincipal ApiToken token)
            throws IOException, ServletException {
        return answer(hosted, UploadFormReader.read(request.getParts(), hosted), token);
    }

    @PostMapping(path = "/api/v1/hosted-runs", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> hostedRunBody(HttpServletRequest request, @RequestParam Map<String, String> fields,
            @AuthenticationPrincipal ApiToken token) throws IOException {
        return answer(hosted, UploadFormReader.readBody(request.getInputStream(), HostedUpload.ARTIFACT, fields), token);
    }

    private <P> ResponseEntity<Object> answer(UploadKind<P> kind, UploadForm form, ApiToken token) {
        IngestPipeline.Ingested stored = pipeline.ingest(kind, form, token);
        Object body = kind.answer(stored.id(), links.to(kind.uiPath(stored.id())));
        URI location = URI.create(links.to(kind.apiPath(stored.id())));
        return stored.created() ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }
}
