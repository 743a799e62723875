package io.benchwarden.contract.model;

/** The two latency microbenchmarks of a strict run; each has a baseline and a with-agent profile. */
public enum ProfileKind {
    OPEN, CONNECT;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
