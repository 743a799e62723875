package io.benchwarden.runner.bench;

/** The four workloads of the reference suite, by the row names workload_suite.json uses. */
public enum WorkloadKind {
    OPEN_CLOSE("open_close"),
    CONNECT_LOOPBACK("connect_loopback"),
    FULL_READ("full_read"),
    STAT_WALK("stat_walk");

    private final String artifactName;

    WorkloadKind(String artifactName) {
        this.artifactName = artifactName;
    }

    public String artifactName() {
        return artifactName;
    }
}
