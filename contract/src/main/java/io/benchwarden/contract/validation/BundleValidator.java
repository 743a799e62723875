package io.benchwarden.contract.validation;

import static io.benchwarden.contract.ArtifactNames.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.Problem;
import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.contract.model.Comparison;
import io.benchwarden.contract.model.HostEnvironment;
import io.benchwarden.contract.model.ProfileKind;
import io.benchwarden.contract.model.ProfileMeasurement;
import io.benchwarden.contract.model.SoakSummary;
import io.benchwarden.contract.model.StrictBundle;
import tools.jackson.databind.JsonNode;

/**
 * The one validator of a strict perf run, used by the service at ingest and by the runner's {@code validate}.
 * It checks every artifact it is given and reports every problem at once; a bundle is returned only when there
 * are none.
 */
public final class BundleValidator {

    private BundleValidator() {
    }

    /** @param artifacts artifact file name to its bytes, exactly as written or uploaded */
    public static ValidationOutcome validate(Map<String, byte[]> artifacts) {
        List<Problem> problems = new ArrayList<>();
        for (String name : artifacts.keySet()) {
            if (!ArtifactNames.isKnown(name)) {
                problems.add(new Problem(ArtifactNames.shown(name), "", "is not an artifact of the perf contract"));
            }
        }
        for (String required : REQUIRED_INPUTS) {
            if (!artifacts.containsKey(required)) {
                problems.add(new Problem(required, "", "is missing (required artifact)"));
            }
        }
        ProfileMeasurement openBaseline = profile(artifacts, OPEN_BASELINE, ProfileKind.OPEN, false, problems);
        ProfileMeasurement openWithAgent = profile(artifacts, OPEN_WITH_AGENT, ProfileKind.OPEN, true, problems);
        ProfileMeasurement connectBaseline = profile(artifacts, CONNECT_BASELINE, ProfileKind.CONNECT, false, problems);
        ProfileMeasurement connectWithAgent = profile(artifacts, CONNECT_WITH_AGENT, ProfileKind.CONNECT, true, problems);
        checkPositiveP95(OPEN_BASELINE, openBaseline, problems);
        checkPositiveP95(CONNECT_BASELINE, connectBaseline, problems);
        Comparison openCompare = json(artifacts, OPEN_COMPARE, problems)
                .map(node -> ComparisonValidator.validate(OPEN_COMPARE, "", node, Comparison.OPEN_COMPARE_NAME, true, problems))
                .orElse(null);
        List<Comparison> workload = json(artifacts, WORKLOAD_SUITE, problems)
                .map(node -> WorkloadValidator.validate(WORKLOAD_SUITE, node, problems))
                .orElse(null);
        Optional<SoakSummary> soak = artifacts.containsKey(SOAK_SUMMARY)
                ? json(artifacts, SOAK_SUMMARY, problems).map(node -> SoakValidator.validate(SOAK_SUMMARY, node, problems))
                : Optional.empty();
        String kernel = text(artifacts, KERNEL_INFO, problems);
        String os = text(artifacts, OS_RELEASE, problems);
        String cpu = text(artifacts, CPU_INFO, problems);
        String fs = text(artifacts, FS_TYPE, problems);
        if (artifacts.containsKey(NOISE_CALIBRATION)) {
            json(artifacts, NOISE_CALIBRATION, problems);
        }
        if (!problems.isEmpty()) {
            return new ValidationOutcome(List.copyOf(problems), null);
        }
        StrictBundle bundle = new StrictBundle(openBaseline, openWithAgent, connectBaseline, connectWithAgent,
                openCompare, workload, soak, new HostEnvironment(kernel, os, cpu, fs));
        return new ValidationOutcome(List.of(), bundle);
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

    private static String text(Map<String, byte[]> artifacts, String name, List<Problem> problems) {
        byte[] bytes = artifacts.get(name);
        if (bytes == null) {
            return null;
        }
        Optional<String> text = StrictJson.utf8(name, bytes, problems);
        if (text.isPresent() && text.get().isBlank()) {
            problems.add(new Problem(name, "", "is empty; expected the host description the harness records"));
            return null;
        }
        if (text.isPresent() && text.get().indexOf('\0') >= 0) {
            problems.add(new Problem(name, "", "contains a NUL byte; expected plain text"));
            return null;
        }
        return text.orElse(null);
    }
}
