package io.benchwarden.contract;

import java.util.List;
import java.util.Set;

/**
 * File names of the perf artifact contract. They are also the multipart part names of an upload,
 * so they are spelled exactly as the reference harness writes them.
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
    public static final String SOAK_SUMMARY = "soak_summary.json";
    public static final String EVIDENCE_REPORT = "perf-evidence-report.md";
    public static final String SLO_REPORT = "perf-slo-report.md";
    public static final String SLO_SUMMARY = "perf-slo-summary.json";
    /** Not part of the reference contract: the runner's A/A calibration travels with the run when it has one. */
    public static final String NOISE_CALIBRATION = "noise_calibration.json";

    /** Measured inputs: an upload without any of these is rejected. */
    public static final List<String> REQUIRED_INPUTS = List.of(OPEN_COMPARE, OPEN_BASELINE, OPEN_WITH_AGENT,
            CONNECT_BASELINE, CONNECT_WITH_AGENT, WORKLOAD_SUITE, KERNEL_INFO, OS_RELEASE, CPU_INFO, FS_TYPE);

    /** Reports derived from the inputs: stored as uploaded, while the service produces its own canonical ones. */
    public static final List<String> DERIVED_REPORTS = List.of(SLO_REPORT, SLO_SUMMARY, EVIDENCE_REPORT);

    /** The thirteen artifacts every strict perf run must have (spec: "Perf artifact contract"). */
    public static final List<String> CONTRACT = List.of(OPEN_COMPARE, OPEN_BASELINE, OPEN_WITH_AGENT,
            CONNECT_BASELINE, CONNECT_WITH_AGENT, WORKLOAD_SUITE, SLO_REPORT, SLO_SUMMARY, EVIDENCE_REPORT,
            KERNEL_INFO, OS_RELEASE, CPU_INFO, FS_TYPE);

    public static final Set<String> TEXT_INPUTS = Set.of(KERNEL_INFO, OS_RELEASE, CPU_INFO, FS_TYPE);

    public static final Set<String> OPTIONAL = Set.of(SOAK_SUMMARY, EVIDENCE_REPORT, SLO_REPORT, SLO_SUMMARY,
            NOISE_CALIBRATION);

    private ArtifactNames() {
    }

    public static boolean isKnown(String name) {
        return REQUIRED_INPUTS.contains(name) || OPTIONAL.contains(name);
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
