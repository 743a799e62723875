package io.benchwarden.contract.rounds;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** The lenient reads every record of this package shares. */
final class JsonValues {

    private JsonValues() {
    }

    static double number(JsonNode node, String key) {
        JsonNode value = node.path(key);
        return value.isNumber() ? value.doubleValue() : Double.NaN;
    }

    static long integer(JsonNode node, String key) {
        JsonNode value = node.path(key);
        return value.isIntegralNumber() && value.canConvertToLong() ? value.longValue() : 0;
    }

    static String text(JsonNode node, String key) {
        JsonNode value = node.path(key);
        return value.isString() ? value.stringValue() : null;
    }

    /** The numbers of an array; anything that is not a number is left out. */
    static List<Double> numbers(JsonNode array) {
        List<Double> values = new ArrayList<>();
        for (JsonNode value : array) {
            if (value.isNumber()) {
                values.add(value.doubleValue());
            }
        }
        return List.copyOf(values);
    }
}
