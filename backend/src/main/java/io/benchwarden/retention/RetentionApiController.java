package io.benchwarden.retention;

import java.time.Instant;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/projects/{project}/retention}: read by anyone, changed by admins ({@code PUT}
 * {@code {"artifact_retention_days": 90}}, {@code null} to keep everything); {@code POST …/retention/prunings}
 * prunes now instead of waiting for the nightly job.
 */
@RestController
class RetentionApiController {

    private final ArtifactRetention retention;

    RetentionApiController(ArtifactRetention retention) {
        this.retention = retention;
    }

    record Change(Integer artifactRetentionDays) {
    }

    record View(String project, Integer artifactRetentionDays) {

        static View of(ArtifactRetention.Setting setting) {
            return new View(setting.project(), setting.days());
        }
    }

    @GetMapping("/api/v1/projects/{project}/retention")
    View show(@PathVariable String project) {
        return View.of(retention.setting(project));
    }

    @PutMapping("/api/v1/projects/{project}/retention")
    View change(@PathVariable String project, @RequestBody Change change) {
        return View.of(retention.change(project, change.artifactRetentionDays()));
    }

    @PostMapping("/api/v1/projects/{project}/retention/prunings")
    ArtifactRetention.Pruned pruneNow(@PathVariable String project) {
        return retention.pruneNow(project, Instant.now());
    }
}
