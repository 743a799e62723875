package io.benchwarden.run;

import java.util.ArrayList;
import java.util.Optional;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.gate.BudgetDefaults;
import io.benchwarden.contract.json.StrictJson;
import tools.jackson.databind.JsonNode;

/**
 * The host's A/A noise floor from the runner's {@code calibrate} ({@code noise_calibration.json}, travelling with
 * the run): how far the p95 ratio strays with an idle stand-in agent, and how often that alone fails the gate.
 * Shown next to a verdict so a reader can tell a 1.06 from the host's everyday wobble.
 */
public record NoiseFloor(int runs, double gate, Spread open, Spread connect, long falseFails) {

    public record Spread(double median, double min, double max, double iqr) {
    }

    static Optional<NoiseFloor> from(byte[] artifact) {
        return StrictJson.object(ArtifactNames.NOISE_CALIBRATION, artifact, new ArrayList<>())
                .filter(json -> json.path("runs").isIntegralNumber() && json.path("open_p95_ratio").isObject()
                        && json.path("connect_p95_ratio").isObject())
                .map(json -> new NoiseFloor(json.get("runs").intValue(), json.path("gate_p95_ratio").asDouble(BudgetDefaults.KPI_P95_RATIO),
                        spread(json.get("open_p95_ratio")), spread(json.get("connect_p95_ratio")),
                        json.path("false_fails").asLong(0)));
    }

    private static Spread spread(JsonNode node) {
        return new Spread(node.path("median").asDouble(), node.path("min").asDouble(), node.path("max").asDouble(),
                node.path("iqr").asDouble());
    }
}
