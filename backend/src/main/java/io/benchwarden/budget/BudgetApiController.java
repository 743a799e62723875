package io.benchwarden.budget;

import java.security.Principal;
import java.util.List;

import io.benchwarden.project.Project;
import io.benchwarden.project.ProjectRepository;
import io.benchwarden.system.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Per-project strict budgets: read by anyone, changed by admins, each change a new version. */
@RestController
class BudgetApiController {

    private final ProjectRepository projects;
    private final BudgetRepository budgets;

    BudgetApiController(ProjectRepository projects, BudgetRepository budgets) {
        this.projects = projects;
        this.budgets = budgets;
    }

    record BudgetsView(BudgetVersion current, List<BudgetVersion> history) {
    }

    @GetMapping("/api/v1/projects/{project}/budgets")
    BudgetsView get(@PathVariable String project) {
        Project found = project(project);
        return new BudgetsView(budgets.current(found.getId()), budgets.history(found.getId()));
    }

    @PutMapping("/api/v1/projects/{project}/budgets")
    @Transactional
    ResponseEntity<BudgetVersion> put(@PathVariable String project, @RequestBody BudgetChange change,
            Principal admin) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(budgets.add(project(project).getId(), change, admin.getName()));
    }

    private Project project(String name) {
        return projects.findByName(name).orElseThrow(() -> ApiException.notFound("project " + name));
    }
}
