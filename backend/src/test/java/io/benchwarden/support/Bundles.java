package io.benchwarden.support;

import static io.benchwarden.contract.ArtifactNames.*;

import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;

/** Variations of the real example artifacts that tests need again and again. */
public final class Bundles {

    private Bundles() {
    }

    /**
     * The real failing run, fixed so every strict row passes — connect p95 105.0 / 105.39 and open compare +5.48 % —
     * with the canonical reports, as the runner leaves a complete run.
     */
    public static Map<String, byte[]> passingStrictRun() {
        var artifacts = Examples.withJson(Examples.strictRun(), CONNECT_WITH_AGENT, node -> node.put("p95_us", 105.0));
        return Examples.withReports(Examples.withJson(artifacts, OPEN_COMPARE, node -> node.put("with_agent_us_per_op", 5.2)
                .put("delta_us_per_op", 0.27).put("delta_pct", 5.48).put("pass", true)));
    }

    /**
     * Form fields as a CI job sends them: branch main and a commit of the project's own unless given (the service
     * requires both; an empty value leaves the field out, for tests of that rule).
     */
    public static Map<String, String> ciFields(Map<String, String> fields) {
        Map<String, String> complete = new java.util.LinkedHashMap<>(fields);
        complete.putIfAbsent("branch", "main");
        complete.putIfAbsent("commit", io.benchwarden.system.Sha256.hex(String.valueOf(fields.get("project"))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12));
        complete.values().removeIf(String::isEmpty);
        return complete;
    }
}
