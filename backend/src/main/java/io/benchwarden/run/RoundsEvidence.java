package io.benchwarden.run;

import java.util.ArrayList;
import java.util.Optional;

import io.benchwarden.contract.json.StrictJson;
import tools.jackson.databind.JsonNode;

/**
 * How sure one p95 ratio is, when the runner measured it in interleaved rounds: its with-agent profile carries the
 * rounds, the statistic over them and a bootstrap interval of the ratio ({@code p95_ratio}, an extra key the
 * contract allows). A profile from the reference scripts has none of it, and the page says it was a single pass.
 *
 * The ratio itself is not taken from here: the service computes it from the two {@code p95_us} values.
 *
 * @param unpairedRatio the median of the with-agent rounds over the median of the baseline rounds, or null
 */
public record RoundsEvidence(String kind, String estimator, int rounds, double low, double high, double confidence,
        Double unpairedRatio) {

    static Optional<RoundsEvidence> from(String kind, String artifactName, byte[] withAgentProfile) {
        return StrictJson.object(artifactName, withAgentProfile, new ArrayList<>())
                .filter(json -> json.path("p95_ratio").path("ci_low").isNumber()
                        && json.path("p95_ratio").path("ci_high").isNumber() && json.path("rounds").isArray())
                .map(json -> {
                    JsonNode interval = json.get("p95_ratio");
                    JsonNode unpaired = interval.path("unpaired_value");
                    return new RoundsEvidence(kind, json.path("estimator").asString("unknown"), json.get("rounds").size(),
                            interval.get("ci_low").asDouble(), interval.get("ci_high").asDouble(),
                            interval.path("confidence").asDouble(0.95), unpaired.isNumber() ? unpaired.asDouble() : null);
                });
    }
}
