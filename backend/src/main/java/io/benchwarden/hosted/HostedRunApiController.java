package io.benchwarden.hosted;

import io.benchwarden.system.Links;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/hosted-runs/{id}}: a stored hosted run with its comparison (uploads: {@code ingest}). */
@RestController
class HostedRunApiController {

    private final HostedRunReader reader;
    private final Links links;

    HostedRunApiController(HostedRunReader reader, Links links) {
        this.reader = reader;
        this.links = links;
    }

    @GetMapping("/api/v1/hosted-runs/{id}")
    HostedViews.HostedRun get(@PathVariable long id) {
        return reader.read(id, links.to(HostedRunPaths.ui(id)));
    }
}
