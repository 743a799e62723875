package io.benchwarden.hosted;

import io.benchwarden.project.Project;
import io.benchwarden.project.ProjectRepository;
import io.benchwarden.project.ProjectView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes a project's {@link HostedPolicy}; a change is one transaction. */
@Service
public class HostedPolicies {

    private final ProjectRepository projects;

    HostedPolicies(ProjectRepository projects) {
        this.projects = projects;
    }

    @Transactional
    public ProjectView change(String projectName, HostedPolicy.Change change) {
        Project project = projects.require(projectName);
        HostedPolicy.of(project).with(change).applyTo(project);
        return ProjectView.of(project);
    }
}
