package io.benchwarden.contract.rounds;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How many rounds a run measured and why it stopped ({@code "adaptive_rounds"}): it measures {@code planned}
 * rounds, then goes on while a gate row's interval straddles its budget, up to {@code max}.
 *
 * @param stopped {@link #ALL_CERTAIN} or {@link #MAX_ROUNDS}
 */
public record RoundsStop(int planned, int max, int rounds, String stopped) {

    public static final String ALL_CERTAIN = "all_certain";
    public static final String MAX_ROUNDS = "max_rounds";

    static final String KEY = "adaptive_rounds";

    void writeTo(ObjectNode node) {
        ObjectNode stop = node.putObject(KEY);
        stop.put("planned", planned);
        stop.put("max", max);
        stop.put("rounds", rounds);
        stop.put("stopped", stopped);
    }

    static RoundsStop read(JsonNode node) {
        JsonNode stop = node.path(KEY);
        return stop.isObject() ? new RoundsStop((int) JsonValues.integer(stop, "planned"),
                (int) JsonValues.integer(stop, "max"), (int) JsonValues.integer(stop, "rounds"),
                JsonValues.text(stop, "stopped")) : null;
    }
}
