package io.benchwarden.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.benchwarden.alert.AlertKind;
import io.benchwarden.alert.AlertRecorder;
import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.Problem;
import io.benchwarden.contract.gate.GateBudgets;
import io.benchwarden.contract.gate.GateRow;
import io.benchwarden.contract.gate.StrictGate;
import io.benchwarden.contract.gate.StrictVerdict;
import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.contract.report.SloReport;
import io.benchwarden.contract.report.SloSummary;
import io.benchwarden.contract.validation.ValidationOutcome;
import org.springframework.stereotype.Component;

/**
 * Gives a run the verdict of the shared strict gate and everything that goes with it: its findings (the validator's,
 * and every uploaded gate file that claims another verdict), a strict alert for each failed row, and the news that
 * the run was judged, passing or not, so alert summaries can both grow and resolve. Ingest and re-evaluation both
 * record verdicts here.
 */
@Component
public class VerdictRecorder {

    /** Uploaded files that state a verdict of their own: the reference gate's summary and the canonical baseline. */
    static final List<String> CLAIMING_FILES = List.of(ArtifactNames.SLO_SUMMARY, ArtifactNames.BASELINE_CANONICAL_JSON);

    private final AlertRecorder alerts;
    private final StrictRunRepository runs;

    VerdictRecorder(AlertRecorder alerts, StrictRunRepository runs) {
        this.alerts = alerts;
        this.runs = runs;
    }

    /** The gate's verdict over what was uploaded: the artifact contract counts uploads, not what the service derives. */
    public static StrictVerdict verdict(ValidationOutcome outcome, Map<String, byte[]> artifacts, GateBudgets budgets) {
        return StrictGate.evaluate(outcome.bundle(), artifacts.keySet(), budgets);
    }

    /**
     * Gives a run its verdict, saves it, and opens an alert for each failed row not alerted on yet. Call inside
     * the transaction that stores or re-evaluates the run, so verdict, findings and alerts land together.
     */
    public StrictRun record(StrictRun run, StrictVerdict verdict, ValidationOutcome outcome,
            Map<String, byte[]> artifacts, Long budgetVersionId) {
        List<Problem> findings = new ArrayList<>(outcome.findings());
        for (String file : CLAIMING_FILES) {
            claimDisagreement(file, artifacts.get(file), verdict).ifPresent(findings::add);
        }
        run.rejudge(verdict, budgetVersionId, findings);
        StrictRun saved = runs.saveAndFlush(run);
        for (GateRow failed : verdict.failedRows()) {
            alerts.open(new AlertRecorder.NewAlert(saved.getProject().getId(), AlertKind.STRICT, saved.getId(),
                    saved.getBranch(), saved.getCommitSha(), failed.key(),
                    String.format(Locale.ROOT, "%s %s is %s, over its budget %s %s", failed.scenario(),
                            failed.metric(), SloReport.value(failed.value(), failed.unit()), failed.comparator(),
                            SloReport.value(failed.budget(), failed.unit()))));
        }
        alerts.judged(saved.getId());
        return saved;
    }

    /** What an uploaded gate file claims when it is not the service's verdict; nothing when it agrees or is silent. */
    static Optional<Problem> claimDisagreement(String file, byte[] uploaded, StrictVerdict verdict) {
        if (uploaded == null) {
            return Optional.empty();
        }
        return StrictJson.object(file, uploaded, new ArrayList<>()).flatMap(SloSummary::claim)
                .filter(claim -> claim.pass() != verdict.pass())
                .map(claim -> new Problem(file, claim.pointer(), "claims " + (claim.pass() ? "pass" : "fail")
                        + " but the service's verdict is " + verdict.status()));
    }
}
