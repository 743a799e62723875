package io.benchwarden.support;

import static io.benchwarden.contract.ArtifactNames.*;

import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.contract.json.StrictJson;
import tools.jackson.databind.node.ObjectNode;

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

    /** The hosted example with one benchmark's mean real time multiplied by {@code factor}. */
    public static byte[] hostedWith(String meanRow, double factor) {
        ObjectNode root = (ObjectNode) StrictJson.mapper().readTree(Examples.hostedBenchmark());
        root.get("benchmarks").values().forEach(row -> {
            if (row.get("name").stringValue().equals(meanRow)) {
                ((ObjectNode) row).put("real_time", row.get("real_time").doubleValue() * factor);
            }
        });
        return StrictJson.mapper().writeValueAsBytes(root);
    }
}
