package io.benchwarden.run;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import io.benchwarden.alert.AlertKind;
import io.benchwarden.alert.AlertRecorder;
import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.gate.GateBudgets;
import io.benchwarden.contract.gate.GateRow;
import io.benchwarden.contract.gate.StrictGate;
import io.benchwarden.contract.gate.StrictVerdict;
import io.benchwarden.contract.model.StrictBundle;
import io.benchwarden.contract.report.SloReport;
import org.springframework.stereotype.Component;

/**
 * Gives a run the verdict of the shared strict gate: the canonical reports count as present because the service
 * produces them, every failed row opens a strict alert, and every judged run is announced, passing or not, so
 * alert summaries can both grow and resolve. Ingest and re-evaluation both record verdicts here.
 */
@Component
public class VerdictRecorder {

    private final AlertRecorder alerts;
    private final StrictRunRepository runs;

    VerdictRecorder(AlertRecorder alerts, StrictRunRepository runs) {
        this.alerts = alerts;
        this.runs = runs;
    }

    public static StrictVerdict verdict(StrictBundle bundle, Collection<String> uploaded, GateBudgets budgets) {
        Set<String> present = new HashSet<>(uploaded);
        present.addAll(ArtifactNames.DERIVED_REPORTS);
        return StrictGate.evaluate(bundle, present, budgets);
    }

    /**
     * Gives a run its verdict, saves it, and opens an alert for each failed row not alerted on yet. Call inside
     * the transaction that stores or re-evaluates the run, so verdict and alerts land together.
     */
    public StrictRun record(StrictRun run, StrictVerdict verdict, Long budgetVersionId) {
        run.rejudge(verdict, budgetVersionId);
        StrictRun saved = runs.saveAndFlush(run);
        for (GateRow failed : verdict.failedRows()) {
            alerts.open(new AlertRecorder.NewAlert(saved.getProject().getId(), AlertKind.STRICT, saved.getId(),
                    saved.getBranch(), saved.getCommitSha(), failed.scenario() + "/" + failed.metric(),
                    String.format(Locale.ROOT, "%s %s is %s, over its budget %s %s", failed.scenario(),
                            failed.metric(), SloReport.value(failed.value(), failed.unit()), failed.comparator(),
                            SloReport.value(failed.budget(), failed.unit()))));
        }
        alerts.judged(saved.getId());
        return saved;
    }
}
