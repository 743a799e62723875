package io.benchwarden.run;

/** Where a strict run is found: its page and its API resource. */
public final class RunPaths {

    private RunPaths() {
    }

    public static String ui(long runId) {
        return "/runs/" + runId;
    }

    public static String api(long runId) {
        return "/api/v1/runs/" + runId;
    }
}
