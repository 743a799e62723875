package io.benchwarden.contract;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * File names of the perf artifact contract. They are also the multipart part names of an upload, so they are
 * spelled exactly as the reference harness writes them. The host metadata files have two generations of names: the
 * spec's ({@code kernel-info.txt}, {@code cpu-info.txt}, {@code fs-type.txt}) and the ones the agent project's
 * strict workflow writes today ({@code kernel.txt}, {@code cpu.txt}, {@code fs.txt}); either name is the same
 * artifact.
 */
public final class ArtifactNames {

    public static final String OPEN_COMPARE = "open_compare.json";
    public static final String OPEN_BASELINE = "open_baseline.json";
    public static final String OPEN_WITH_AGENT = "open_with_agent.json";
    public static final String CONNECT_BASELINE = "connect_baseline.json";
    public static final String CONNECT_WITH_AGENT = "connect_with_agent.json";
    public static final String WORKLOAD_SUITE = "workload_suite.json";
    public static final String KERNEL_INFO = "kernel-info.txt";
    public static final String OS_RELEASE = "os-release.txt";
    public static final String CPU_INFO = "cpu-info.txt";
    public static final String FS_TYPE = "fs-type.txt";
    /** The current workflow's names of the spec's kernel-info.txt, cpu-info.txt and fs-type.txt. */
    public static final String KERNEL = "kernel.txt";
    public static final String CPU = "cpu.txt";
    public static final String FS = "fs.txt";
    /** The current workflow's structured host facts ({@code schema_version} 1). */
    public static final String ENVIRONMENT = "environment.json";
    /** The current workflow's canonical baseline: its own gate table with the environment, stored as uploaded. */
    public static final String BASELINE_CANONICAL_JSON = "perf-baseline-canonical.json";
    public static final String BASELINE_CANONICAL_MD = "perf-baseline-canonical.md";
    public static final String SOAK_SUMMARY = "soak_summary.json";
    public static final String EVIDENCE_REPORT = "perf-evidence-report.md";
    public static final String SLO_REPORT = "perf-slo-report.md";
    public static final String SLO_SUMMARY = "perf-slo-summary.json";
    /** Not part of the reference contract: the runner's A/A calibration travels with the run when it has one. */
    public static final String NOISE_CALIBRATION = "noise_calibration.json";

    /** Each spec name and the name the current workflow gives the same file. */
    private static final Map<String, String> CURRENT_NAME = Map.of(KERNEL_INFO, KERNEL, CPU_INFO, CPU, FS_TYPE, FS);

    /** Measured inputs, by their spec names: an upload without any of these (under either name) is rejected. */
    public static final List<String> REQUIRED_INPUTS = List.of(OPEN_COMPARE, OPEN_BASELINE, OPEN_WITH_AGENT,
            CONNECT_BASELINE, CONNECT_WITH_AGENT, WORKLOAD_SUITE, KERNEL_INFO, OS_RELEASE, CPU_INFO, FS_TYPE);

    /** The thirteen artifacts every strict perf run must have (spec: "Perf artifact contract"). */
    public static final List<String> CONTRACT = List.of(OPEN_COMPARE, OPEN_BASELINE, OPEN_WITH_AGENT,
            CONNECT_BASELINE, CONNECT_WITH_AGENT, WORKLOAD_SUITE, SLO_REPORT, SLO_SUMMARY, EVIDENCE_REPORT,
            KERNEL_INFO, OS_RELEASE, CPU_INFO, FS_TYPE);

    /** Artifacts the contract knows but does not require. */
    public static final Set<String> OPTIONAL = Set.of(SOAK_SUMMARY, EVIDENCE_REPORT, SLO_REPORT, SLO_SUMMARY,
            NOISE_CALIBRATION, ENVIRONMENT, BASELINE_CANONICAL_JSON, BASELINE_CANONICAL_MD);

    private ArtifactNames() {
    }

    /** Both names a contract artifact may have: the spec's, and the current workflow's where it renamed it. */
    public static List<String> namesOf(String contractName) {
        String current = CURRENT_NAME.get(contractName);
        return current == null ? List.of(contractName) : List.of(current, contractName);
    }

    /** The name under which an artifact was uploaded, the current workflow's first. */
    public static Optional<String> uploadedName(String contractName, Collection<String> present) {
        return namesOf(contractName).stream().filter(present::contains).findFirst();
    }

    public static boolean isPresent(String contractName, Collection<String> present) {
        return uploadedName(contractName, present).isPresent();
    }

    /** An artifact the contract knows under one of its names; anything else an upload carries is an extra file. */
    public static boolean isKnown(String name) {
        return Stream.concat(REQUIRED_INPUTS.stream(), OPTIONAL.stream()).anyMatch(known -> namesOf(known).contains(name));
    }

    /**
     * An uploaded part name as a problem may quote it: never blank (every problem names its artifact), and
     * short, since an unknown name is whatever the client sent.
     */
    public static String shown(String partName) {
        if (partName == null || partName.isBlank()) {
            return "(unnamed part)";
        }
        return partName.length() > 80 ? partName.substring(0, 80) + "..." : partName;
    }
}
