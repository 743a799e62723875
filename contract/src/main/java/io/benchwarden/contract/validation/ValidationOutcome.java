package io.benchwarden.contract.validation;

import java.util.List;

import io.benchwarden.contract.Problem;
import io.benchwarden.contract.model.StrictBundle;

/**
 * Either every problem found, or the parsed bundle; never both. Findings are what is wrong but not malformed — a
 * {@code pass} flag that disagrees with its own numbers — so the run is accepted and the finding shown beside it.
 */
public record ValidationOutcome(List<Problem> problems, List<Problem> findings, StrictBundle bundle) {

    public ValidationOutcome {
        problems = List.copyOf(problems);
        findings = List.copyOf(findings);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
