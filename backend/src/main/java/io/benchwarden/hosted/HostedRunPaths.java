package io.benchwarden.hosted;

/** Where a hosted run is found: its page and its API resource. */
public final class HostedRunPaths {

    private HostedRunPaths() {
    }

    public static String ui(long runId) {
        return "/hosted-runs/" + runId;
    }

    public static String api(long runId) {
        return "/api/v1/hosted-runs/" + runId;
    }
}
