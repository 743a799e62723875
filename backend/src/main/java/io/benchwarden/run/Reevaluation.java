package io.benchwarden.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.benchwarden.budget.BudgetRepository;
import io.benchwarden.budget.BudgetVersion;
import io.benchwarden.contract.gate.StrictVerdict;
import io.benchwarden.contract.validation.BundleValidator;
import io.benchwarden.contract.validation.ValidationOutcome;
import io.benchwarden.project.Project;
import io.benchwarden.run.VerdictRecorder;
import io.benchwarden.run.StrictRun;
import io.benchwarden.run.StrictRunRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judges a project's whole history again under its current budgets — only when an admin asks. Each run is
 * re-judged from its stored artifacts, and every verdict that changes is recorded with the old and new status,
 * so what the new budgets did to history can be read back.
 */
@Service
public class Reevaluation {

    private final StrictRunRepository runs;
    private final BudgetRepository budgets;
    private final VerdictRecorder verdicts;
    private final JdbcClient jdbc;

    Reevaluation(StrictRunRepository runs, BudgetRepository budgets, VerdictRecorder verdicts, JdbcClient jdbc) {
        this.runs = runs;
        this.budgets = budgets;
        this.verdicts = verdicts;
        this.jdbc = jdbc;
    }

    public record Change(long runId, String oldStatus, String newStatus) {
    }

    public record Result(long id, int budgetVersion, int runsEvaluated, int verdictsChanged, List<Change> changes) {
    }

    @Transactional
    public Result reevaluate(Project project, String actor) {
        BudgetVersion version = budgets.current(project.getId());
        if (version.id() == null) {
            throw new io.benchwarden.system.ApiException(org.springframework.http.HttpStatus.CONFLICT, "no_budgets",
                    "project " + project.getName() + " has no budget version beyond the spec's defaults to apply");
        }
        // A run whose artifacts retention pruned cannot be judged again: it keeps the verdict it was given.
        List<Long> ids = jdbc.sql("""
                SELECT r.id FROM strict_run r WHERE r.project_id = ?
                  AND NOT EXISTS (SELECT 1 FROM run_artifact a WHERE a.run_id = r.id AND a.pruned_at IS NOT NULL)
                ORDER BY r.id""").param(project.getId()).query(Long.class).list();
        List<Change> changes = new ArrayList<>();
        for (Long id : ids) {
            StrictRun run = runs.findById(id).orElseThrow();
            Map<String, byte[]> artifacts = new LinkedHashMap<>();
            run.getArtifacts().forEach(artifact -> artifacts.put(artifact.getName(), artifact.getContent()));
            ValidationOutcome outcome = BundleValidator.validate(artifacts);
            StrictVerdict verdict = VerdictRecorder.verdict(outcome, artifacts, version.toGateBudgets());
            String before = run.getStatus();
            verdicts.record(run, verdict, outcome, artifacts, version.id());
            if (!before.equals(verdict.status())) {
                changes.add(new Change(id, before, verdict.status()));
            }
        }
        long reevaluationId = jdbc.sql("""
                INSERT INTO reevaluation (project_id, budget_version_id, actor, runs_evaluated, verdicts_changed)
                VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(project.getId(), version.id(), actor, ids.size(), changes.size()).query(Long.class).single();
        for (Change change : changes) {
            jdbc.sql("INSERT INTO reevaluation_change (reevaluation_id, run_id, old_status, new_status) VALUES (?, ?, ?, ?)")
                    .params(reevaluationId, change.runId(), change.oldStatus(), change.newStatus()).update();
        }
        return new Result(reevaluationId, version.version(), ids.size(), changes.size(), changes);
    }
}
