package io.benchwarden.run.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.benchwarden.budget.BudgetRepository;
import io.benchwarden.budget.BudgetVersion;
import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.Problem;
import io.benchwarden.contract.gate.StrictVerdict;
import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.contract.model.StrictBundle;
import io.benchwarden.contract.report.SloSummary;
import io.benchwarden.contract.validation.BundleValidator;
import io.benchwarden.contract.validation.ValidationOutcome;
import io.benchwarden.project.Project;
import io.benchwarden.run.RunAssembler;
import io.benchwarden.run.RunViews;
import io.benchwarden.run.StrictJudge;
import io.benchwarden.run.StrictRun;
import io.benchwarden.run.StrictRunRepository;
import io.benchwarden.system.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a validated strict run with everything derived from it in one transaction: the run is there completely
 * or not at all. It is judged by the project's budgets in force at that moment and keeps that verdict.
 * Idempotency rests on the unique (project, idempotency key) constraint, so two concurrent copies of one upload
 * cannot both land; the loser is answered with the winner's id.
 */
@Service
public class RunIngestService {

    private final StrictRunRepository runs;
    private final BudgetRepository budgets;
    private final StrictJudge judge;

    RunIngestService(StrictRunRepository runs, BudgetRepository budgets, StrictJudge judge) {
        this.runs = runs;
        this.budgets = budgets;
        this.judge = judge;
    }

    /**
     * A stored run as the uploader sees it, read inside the transaction: its id, whether this call created it
     * (201) or found it already there (200), and its verdict.
     */
    public record Outcome(long runId, boolean created, RunViews.StrictView strict) {

        static Outcome of(StrictRun run, boolean created) {
            return new Outcome(run.getId(), created, RunViews.strict(run));
        }
    }

    /** Everything that needs neither the database nor the project: validation and digests. */
    public record Prepared(BundleUpload upload, StrictBundle bundle, String key, String fingerprint) {
    }

    public static Prepared prepare(BundleUpload upload, List<Problem> formProblems) {
        ValidationOutcome outcome = BundleValidator.validate(upload.artifacts());
        List<Problem> problems = new ArrayList<>(formProblems);
        problems.addAll(outcome.problems());
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        String fingerprint = Fingerprints.fingerprint(Fingerprints.bundle(upload.artifacts()), upload.metadata());
        return new Prepared(upload, outcome.bundle(), Fingerprints.key(upload.metadata(), fingerprint), fingerprint);
    }

    @Transactional
    public Outcome store(Project project, Prepared prepared) {
        Optional<StrictRun> existing = runs.findByIdempotencyKey(project.getId(), prepared.key());
        if (existing.isPresent()) {
            return answerRepeat(existing.get(), prepared);
        }
        BudgetVersion inForce = budgets.current(project.getId());
        StrictVerdict verdict = StrictJudge.verdict(prepared.bundle(), prepared.upload().artifacts().keySet(),
                inForce.toGateBudgets());
        StrictRun run = RunAssembler.assemble(project, prepared.upload(), prepared.bundle(), prepared.key(),
                prepared.fingerprint(), Instant.now(), summaryNote(prepared.upload().artifacts(), verdict).orElse(null));
        return Outcome.of(judge.judge(run, verdict, inForce.id()), true);
    }

    /** After losing a race on the unique key: the run that won is the answer (empty: no run holds the key). */
    @Transactional(readOnly = true)
    public Optional<Outcome> existing(Project project, Prepared prepared) {
        return runs.findByIdempotencyKey(project.getId(), prepared.key()).map(run -> answerRepeat(run, prepared));
    }

    private static Outcome answerRepeat(StrictRun run, Prepared prepared) {
        if (!run.getFingerprint().equals(prepared.fingerprint())) {
            throw new ApiException(HttpStatus.CONFLICT, "conflict", "run " + run.getId() + " was already uploaded "
                    + "with this ci_run_id but different artifacts or metadata; nothing was stored");
        }
        return Outcome.of(run, false);
    }

    /** An uploaded summary is kept as uploaded; when it claims another verdict than ours, that is recorded. */
    static Optional<String> summaryNote(Map<String, byte[]> artifacts, StrictVerdict verdict) {
        byte[] uploaded = artifacts.get(ArtifactNames.SLO_SUMMARY);
        if (uploaded == null) {
            return Optional.empty();
        }
        Optional<Boolean> claimed = StrictJson.object(ArtifactNames.SLO_SUMMARY, uploaded, new ArrayList<>())
                .flatMap(SloSummary::claimedPass);
        if (claimed.isEmpty()) {
            return Optional.of("uploaded perf-slo-summary.json states no verdict; the service's verdict is "
                    + verdict.status());
        }
        if (claimed.get() != verdict.pass()) {
            return Optional.of("uploaded perf-slo-summary.json claims " + (claimed.get() ? "pass" : "fail")
                    + " but the service's verdict is " + verdict.status());
        }
        return Optional.empty();
    }
}
