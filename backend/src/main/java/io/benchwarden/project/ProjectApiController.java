package io.benchwarden.project;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Project settings: read by anyone who may read, changed by admins. */
@RestController
class ProjectApiController {

    private final ProjectSettings settings;
    private final ProjectRepository projects;

    ProjectApiController(ProjectSettings settings, ProjectRepository projects) {
        this.settings = settings;
        this.projects = projects;
    }

    @GetMapping("/api/v1/projects")
    List<ProjectSettings.View> list() {
        return projects.findAllByOrderByNameAsc().stream().map(ProjectSettings.View::of).toList();
    }

    @GetMapping("/api/v1/projects/{project}")
    ProjectSettings.View get(@PathVariable String project) {
        return settings.view(project);
    }

    /** One regular expression per line, like config/benchmark_focus_patterns.txt; empty compares everything. */
    @PutMapping(path = "/api/v1/projects/{project}/focus-patterns", consumes = MediaType.TEXT_PLAIN_VALUE)
    ProjectSettings.View focusPatterns(@PathVariable String project, @RequestBody(required = false) String patterns) {
        return settings.setFocusPatterns(project, patterns);
    }

    @PutMapping("/api/v1/projects/{project}/hosted-policy")
    ProjectSettings.View hostedPolicy(@PathVariable String project, @RequestBody ProjectSettings.HostedPolicy policy) {
        return settings.setHostedPolicy(project, policy);
    }
}
