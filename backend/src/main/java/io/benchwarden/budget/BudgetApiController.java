package io.benchwarden.budget;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import io.benchwarden.contract.Problem;
import io.benchwarden.project.Project;
import io.benchwarden.project.ProjectRepository;
import io.benchwarden.system.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Per-project strict budgets: read by anyone, changed by admins, each change a new version. */
@RestController
class BudgetApiController {

    private final ProjectRepository projects;
    private final BudgetRepository budgets;
    private final Reevaluation reevaluation;

    BudgetApiController(ProjectRepository projects, BudgetRepository budgets, Reevaluation reevaluation) {
        this.projects = projects;
        this.budgets = budgets;
        this.reevaluation = reevaluation;
    }

    record BudgetRequest(Double maxOpenP95Ratio, Double maxConnectP95Ratio, Double openCompareMaxPct,
            Double workloadMaxPct, Double soakMaxDropRatioPct) {
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
    ResponseEntity<BudgetVersion> put(@PathVariable String project, @RequestBody BudgetRequest request,
            Principal admin) {
        List<Problem> problems = new ArrayList<>();
        positive(problems, "max_open_p95_ratio", request.maxOpenP95Ratio(), true);
        positive(problems, "max_connect_p95_ratio", request.maxConnectP95Ratio(), true);
        positive(problems, "open_compare_max_pct", request.openCompareMaxPct(), false);
        positive(problems, "workload_max_pct", request.workloadMaxPct(), false);
        positive(problems, "soak_max_drop_ratio_pct", request.soakMaxDropRatioPct(), false);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        BudgetVersion added = budgets.add(project(project).getId(), new BudgetVersion(null, 0,
                request.maxOpenP95Ratio(), request.maxConnectP95Ratio(), request.openCompareMaxPct(),
                request.workloadMaxPct(), request.soakMaxDropRatioPct(), admin.getName(), null), admin.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(added);
    }

    /** Re-judges the project's history under the current budgets and lists every verdict that changed. */
    @PostMapping("/api/v1/projects/{project}/reevaluations")
    Reevaluation.Result reevaluate(@PathVariable String project, Principal admin) {
        return reevaluation.reevaluate(project(project), admin.getName());
    }

    private static void positive(List<Problem> problems, String field, Double value, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(new Problem("budgets", field, "is required"));
            }
        }
        else if (!Double.isFinite(value) || value <= 0) {
            problems.add(new Problem("budgets", field, "must be a finite number greater than 0, got " + value));
        }
    }

    private Project project(String name) {
        return projects.findByName(name).orElseThrow(() -> ApiException.notFound("project " + name));
    }
}
