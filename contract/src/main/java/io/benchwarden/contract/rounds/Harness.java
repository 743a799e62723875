package io.benchwarden.contract.rounds;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a session timed its operations ({@code "timing"}: {@code native_loop} or {@code jna_calls}) and what the
 * timing itself costs: the empty-operation floor measured on the bench CPU ({@code "harness_floor":{"p50_us",
 * "p95_us"}}).
 */
public record Harness(String timing, double floorP50Us, double floorP95Us) {

    static final String TIMING = "timing";
    static final String HARNESS_FLOOR = "harness_floor";

    void writeTo(ObjectNode profile) {
        profile.put(TIMING, timing);
        ObjectNode floor = profile.putObject(HARNESS_FLOOR);
        floor.put(RoundFigures.P50_US, floorP50Us);
        floor.put(RoundFigures.P95_US, floorP95Us);
    }

    /** {@code null} when the profile says neither how it was timed nor what the timing costs. */
    static Harness read(JsonNode profile) {
        String timing = JsonValues.text(profile, TIMING);
        JsonNode floor = profile.path(HARNESS_FLOOR);
        if (timing == null && !floor.isObject()) {
            return null;
        }
        return new Harness(timing, JsonValues.number(floor, RoundFigures.P50_US),
                JsonValues.number(floor, RoundFigures.P95_US));
    }
}
