package io.benchwarden.support;

import static io.benchwarden.contract.ArtifactNames.*;

import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;

/** Variations of the real example artifacts that tests need again and again. */
public final class Bundles {

    private Bundles() {
    }

    /** The real failing run, fixed so every strict row passes: connect p95 105.0 / 105.39 and open compare +5.48 %. */
    public static Map<String, byte[]> passingStrictRun() {
        var artifacts = Examples.withJson(Examples.strictRun(), CONNECT_WITH_AGENT, node -> node.put("p95_us", 105.0));
        return Examples.withJson(artifacts, OPEN_COMPARE, node -> node.put("with_agent_us_per_op", 5.2)
                .put("delta_us_per_op", 0.27).put("delta_pct", 5.48).put("pass", true));
    }
}
