package io.benchwarden.run;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.benchwarden.budget.BudgetRepository;
import io.benchwarden.budget.BudgetVersion;
import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.gate.StrictVerdict;
import io.benchwarden.contract.validation.ValidationOutcome;
import io.benchwarden.noise.NoiseProfiles;
import io.benchwarden.project.Project;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a validated strict run with everything derived from it in one transaction, its host's noise samples
 * included: the run is there completely or not at all. It is judged by the project's budgets in force at that moment and keeps that verdict.
 */
@Service
public class StrictRunRecorder {

    private final StrictRunRepository runs;
    private final BudgetRepository budgets;
    private final VerdictRecorder verdicts;
    private final NoiseProfiles noise;
    private final VerdictMetrics metrics;

    StrictRunRecorder(StrictRunRepository runs, BudgetRepository budgets, VerdictRecorder verdicts,
            NoiseProfiles noise, VerdictMetrics metrics) {
        this.runs = runs;
        this.budgets = budgets;
        this.verdicts = verdicts;
        this.noise = noise;
        this.metrics = metrics;
    }

    /** A stored run's idempotency record: the key is unique per project, the fingerprint tells a repeat from a clash. */
    public record Stored(long id, String fingerprint) {
    }

    @Transactional(readOnly = true)
    public Optional<Stored> findByKey(long projectId, String key) {
        return runs.findByIdempotencyKey(projectId, key).map(run -> new Stored(run.getId(), run.getFingerprint()));
    }

    @Transactional
    public long record(Project project, RunMetadata metadata, Map<String, byte[]> artifacts, ValidationOutcome checked,
            String key, String fingerprint) {
        BudgetVersion inForce = budgets.current(project.getId());
        StrictVerdict verdict = VerdictRecorder.verdict(checked, artifacts, inForce.toGateBudgets());
        StrictRun run = RunAssembler.assemble(project, metadata, artifacts, checked.bundle(), key, fingerprint,
                Instant.now());
        StrictRun saved = verdicts.record(run, verdict, checked, artifacts, inForce.id());
        noise.record(saved.getId(), saved.getRunner(), saved.getStartedAt(), checked.bundle(),
                artifacts.get(ArtifactNames.NOISE_CALIBRATION));
        metrics.given(verdict.status());
        return saved.getId();
    }

    /** The verdict a stored run was given, as upload answers show it. */
    @Transactional(readOnly = true)
    public RunViews.StrictView verdictOf(long runId) {
        return RunViews.strict(runs.findById(runId).orElseThrow());
    }
}
