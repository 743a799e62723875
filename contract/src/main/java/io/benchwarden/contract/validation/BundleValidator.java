package io.benchwarden.contract.validation;

import static io.benchwarden.contract.ArtifactNames.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.benchwarden.contract.Problem;
import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.contract.model.Comparison;
import io.benchwarden.contract.model.EnvironmentFacts;
import io.benchwarden.contract.model.HostEnvironment;
import io.benchwarden.contract.model.ProfileKind;
import io.benchwarden.contract.model.ProfileMeasurement;
import io.benchwarden.contract.model.SoakSummary;
import io.benchwarden.contract.model.StrictBundle;
import tools.jackson.databind.JsonNode;

/**
 * The one validator of a strict perf run, used by the service at ingest and by the runner's {@code validate}.
 * It checks every artifact of the contract it is given and reports every problem at once; a bundle is returned
 * only when there are none. Files the contract does not know are left alone: a workflow that writes one more file
 * must not break its uploads.
 */
public final class BundleValidator {

    private BundleValidator() {
    }

    /** @param artifacts artifact file name to its bytes, exactly as written or uploaded */
    public static ValidationOutcome validate(Map<String, byte[]> artifacts) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> findings = new ArrayList<>();
        for (String required : REQUIRED_INPUTS) {
            if (!isPresent(required, artifacts.keySet())) {
                problems.add(new Problem(required, "", "is missing (required artifact" + aliases(required) + ")"));
            }
        }
        ProfileMeasurement openBaseline = profile(artifacts, OPEN_BASELINE, ProfileKind.OPEN, false, problems);
        ProfileMeasurement openWithAgent = profile(artifacts, OPEN_WITH_AGENT, ProfileKind.OPEN, true, problems);
        ProfileMeasurement connectBaseline = profile(artifacts, CONNECT_BASELINE, ProfileKind.CONNECT, false, problems);
        ProfileMeasurement connectWithAgent = profile(artifacts, CONNECT_WITH_AGENT, ProfileKind.CONNECT, true, problems);
        checkPositiveP95(OPEN_BASELINE, openBaseline, problems);
        checkPositiveP95(CONNECT_BASELINE, connectBaseline, problems);
        Comparison openCompare = json(artifacts, OPEN_COMPARE, problems)
                .map(node -> ComparisonValidator.validate(OPEN_COMPARE, "", node, Comparison.OPEN_COMPARE_NAME, true,
                        problems, findings))
                .orElse(null);
        List<Comparison> workload = json(artifacts, WORKLOAD_SUITE, problems)
                .map(node -> WorkloadValidator.validate(WORKLOAD_SUITE, node, problems, findings))
                .orElse(null);
        Optional<SoakSummary> soak = artifacts.containsKey(SOAK_SUMMARY)
                ? json(artifacts, SOAK_SUMMARY, problems)
                        .map(node -> SoakValidator.validate(SOAK_SUMMARY, node, problems, findings))
                : Optional.empty();
        String kernel = text(artifacts, KERNEL_INFO, problems);
        String os = text(artifacts, OS_RELEASE, problems);
        String cpu = text(artifacts, CPU_INFO, problems);
        String fs = text(artifacts, FS_TYPE, problems);
        EnvironmentFacts environment = json(artifacts, ENVIRONMENT, problems)
                .map(node -> EnvironmentValidator.validate(ENVIRONMENT, node, problems)).orElse(null);
        // The runner's calibration is read by the run page; the reports and the canonical baseline are kept as
        // uploaded, whatever they hold, since the service writes its own.
        json(artifacts, NOISE_CALIBRATION, problems);
        if (!problems.isEmpty()) {
            return new ValidationOutcome(problems, findings, null);
        }
        StrictBundle bundle = new StrictBundle(openBaseline, openWithAgent, connectBaseline, connectWithAgent,
                openCompare, workload, soak, new HostEnvironment(kernel, os, cpu, fs, environment));
        return new ValidationOutcome(List.of(), findings, bundle);
    }

    private static String aliases(String name) {
        List<String> names = namesOf(name);
        return names.size() == 1 ? "" : "; also accepted as " + names.get(0);
    }

    private static Optional<JsonNode> json(Map<String, byte[]> artifacts, String name, List<Problem> problems) {
        byte[] bytes = artifacts.get(name);
        return bytes == null ? Optional.empty() : StrictJson.object(name, bytes, problems);
    }

    private static ProfileMeasurement profile(Map<String, byte[]> artifacts, String name, ProfileKind kind,
            boolean withAgent, List<Problem> problems) {
        return json(artifacts, name, problems)
                .map(node -> ProfileValidator.validate(name, node, kind, withAgent, problems))
                .orElse(null);
    }

    /** The strict gate divides by the baseline p95, so a zero there is not a measurement. */
    private static void checkPositiveP95(String name, ProfileMeasurement baseline, List<Problem> problems) {
        if (baseline != null && baseline.p95Us() <= 0) {
            problems.add(new Problem(name, "/p95_us", "must be greater than 0 (it is the baseline of the p95 ratio)"));
        }
    }

    /**
     * The text of a text artifact under whichever of its names it was uploaded; every name present is checked, the
     * current workflow's name is the one read.
     */
    private static String text(Map<String, byte[]> artifacts, String contractName, List<Problem> problems) {
        String read = null;
        for (String name : namesOf(contractName)) {
            byte[] bytes = artifacts.get(name);
            if (bytes == null) {
                continue;
            }
            Optional<String> text = StrictJson.utf8(name, bytes, problems);
            if (text.isPresent() && text.get().isBlank()) {
                problems.add(new Problem(name, "", "is empty; expected the content the harness records"));
            }
            else if (text.isPresent() && text.get().indexOf('\0') >= 0) {
                problems.add(new Problem(name, "", "contains a NUL byte; expected plain text"));
            }
            else if (text.isPresent() && read == null) {
                read = text.get();
            }
        }
        return read;
    }
}
