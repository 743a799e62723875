package io.benchwarden.project;

import java.util.List;

import io.benchwarden.system.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The projects, readable by anyone who may read; their hosted policy is changed through {@code hosted}. */
@RestController
class ProjectApiController {

    private final ProjectRepository projects;

    ProjectApiController(ProjectRepository projects) {
        this.projects = projects;
    }

    @GetMapping("/api/v1/projects")
    List<ProjectView> list() {
        return projects.findAllByOrderByNameAsc().stream().map(ProjectView::of).toList();
    }

    @GetMapping("/api/v1/projects/{project}")
    ProjectView get(@PathVariable String project) {
        return ProjectView.of(projects.require(project));
    }
}
