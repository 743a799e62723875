package io.benchwarden.contract.report;

import java.util.LinkedHashMap;
import java.util.Map;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.gate.GateBudgets;
import io.benchwarden.contract.gate.StrictGate;
import io.benchwarden.contract.gate.StrictVerdict;
import io.benchwarden.contract.model.StrictBundle;

/** The three reports of the artifact contract, by file name, for one verdict. */
public final class CanonicalReports {

    private CanonicalReports() {
    }

    public static Map<String, String> of(StrictBundle bundle, StrictVerdict verdict, GateBudgets budgets) {
        Map<String, String> reports = new LinkedHashMap<>();
        reports.put(ArtifactNames.SLO_REPORT, SloReport.render(verdict));
        reports.put(ArtifactNames.SLO_SUMMARY, SloSummary.render(verdict, budgets));
        reports.put(ArtifactNames.EVIDENCE_REPORT, EvidenceReport.render(bundle, budgets));
        return reports;
    }

    /**
     * The reports a harness writes beside its measurements: the run is judged as it will be uploaded, with these
     * three reports among its artifacts.
     */
    public static Map<String, String> forMeasurements(StrictBundle bundle, GateBudgets budgets) {
        StrictVerdict verdict = StrictGate.evaluate(bundle, ArtifactNames.CONTRACT, budgets);
        return of(bundle, verdict, budgets);
    }
}
