package io.benchwarden.runner.bench;

/**
 * What a session times: the four workloads of the reference suite, by the row names workload_suite.json uses, and
 * the open compare's own open_close loop ({@code run} measures open_compare.json apart from the suite's
 * open_close row, as the reference compare script does, so one measurement never decides two rows).
 */
public enum WorkloadKind {
    OPEN_CLOSE("open_close"),
    CONNECT_LOOPBACK("connect_loopback"),
    FULL_READ("full_read"),
    STAT_WALK("stat_walk"),
    OPEN_COMPARE("open_compare");

    private final String artifactName;

    WorkloadKind(String artifactName) {
        this.artifactName = artifactName;
    }

    public String artifactName() {
        return artifactName;
    }

    /** A row of workload_suite.json. */
    public boolean suiteRow() {
        return this != OPEN_COMPARE;
    }
}
