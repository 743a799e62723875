package io.benchwarden.contract.rounds;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The figures of one timed pass (or a summary of several), with the reference profile's keys: {@code iterations},
 * {@code seconds}, {@code us_per_op}, {@code p50_us}, {@code p95_us}, {@code p99_us}. The same keys in the same
 * order serve a profile's own figures, each entry of its {@code rounds} and its unpaired medians.
 */
public record RoundFigures(long iterations, double seconds, double usPerOp, double p50Us, double p95Us, double p99Us) {

    static final String ITERATIONS = "iterations";
    static final String SECONDS = "seconds";
    static final String US_PER_OP = "us_per_op";
    static final String P50_US = "p50_us";
    static final String P95_US = "p95_us";
    static final String P99_US = "p99_us";

    /** Writes the six keys into {@code node}, in the reference order. */
    public ObjectNode writeTo(ObjectNode node) {
        node.put(ITERATIONS, iterations);
        node.put(SECONDS, seconds);
        node.put(US_PER_OP, usPerOp);
        node.put(P50_US, p50Us);
        node.put(P95_US, p95Us);
        node.put(P99_US, p99Us);
        return node;
    }

    public static RoundFigures read(JsonNode node) {
        return new RoundFigures(JsonValues.integer(node, ITERATIONS), JsonValues.number(node, SECONDS),
                JsonValues.number(node, US_PER_OP), JsonValues.number(node, P50_US), JsonValues.number(node, P95_US),
                JsonValues.number(node, P99_US));
    }

    static void writeAll(ArrayNode array, List<RoundFigures> rounds) {
        rounds.forEach(round -> round.writeTo(array.addObject()));
    }

    static List<RoundFigures> readAll(JsonNode array) {
        List<RoundFigures> rounds = new ArrayList<>();
        for (JsonNode round : array) {
            if (round.isObject()) {
                rounds.add(read(round));
            }
        }
        return List.copyOf(rounds);
    }
}
