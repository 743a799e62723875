package io.benchwarden.run;

import java.security.Principal;

import io.benchwarden.project.ProjectRepository;
import io.benchwarden.system.ApiException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/projects/{project}/reevaluations} (admins): the project's history judged again. */
@RestController
class ReevaluationApiController {

    private final ProjectRepository projects;
    private final Reevaluation reevaluation;

    ReevaluationApiController(ProjectRepository projects, Reevaluation reevaluation) {
        this.projects = projects;
        this.reevaluation = reevaluation;
    }

    /** Re-judges the project's history under the current budgets and lists every verdict that changed. */
    @PostMapping("/api/v1/projects/{project}/reevaluations")
    Reevaluation.Result reevaluate(@PathVariable String project, Principal admin) {
        return reevaluation.reevaluate(
                projects.findByName(project).orElseThrow(() -> ApiException.notFound("project " + project)),
                admin.getName());
    }
}
