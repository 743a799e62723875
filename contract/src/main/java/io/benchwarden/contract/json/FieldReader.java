package io.benchwarden.contract.json;

import java.util.List;

import io.benchwarden.contract.Problem;
import tools.jackson.databind.JsonNode;

/**
 * Reads typed fields out of one JSON object, recording a {@link Problem} for each missing or malformed field and
 * returning {@code null} for it, so validation can go on and list every problem at once.
 */
public final class FieldReader {

    private final String artifact;
    private final String pointer;
    private final JsonNode node;
    private final List<Problem> problems;

    public FieldReader(String artifact, String pointer, JsonNode node, List<Problem> problems) {
        this.artifact = artifact;
        this.pointer = pointer;
        this.node = node;
        this.problems = problems;
    }

    public String pointer(String key) {
        return pointer + "/" + key;
    }

    public void problem(String key, String message) {
        problems.add(new Problem(artifact, key == null ? pointer : pointer(key), message));
    }

    private JsonNode present(String key) {
        JsonNode value = node.get(key);
        if (value == null) {
            problem(key, "is missing (required key)");
            return null;
        }
        return value;
    }

    /** A finite JSON number; negative values allowed (deltas can be negative). */
    public Double number(String key) {
        JsonNode value = present(key);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            problem(key, "must be numeric, got " + typeOf(value));
            return null;
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number)) {
            problem(key, "must be a finite number, got " + value);
            return null;
        }
        return number;
    }

    /** A finite, non-negative JSON number. */
    public Double nonNegative(String key) {
        Double number = number(key);
        if (number != null && number < 0) {
            problem(key, "must not be negative, got " + format(number));
            return null;
        }
        return number;
    }

    /** A finite number strictly greater than zero (a denominator of a ratio). */
    public Double positive(String key) {
        Double number = nonNegative(key);
        if (number != null && number == 0) {
            problem(key, "must be greater than 0 (it is the baseline of a ratio)");
            return null;
        }
        return number;
    }

    /** A JSON integer >= 0 that fits a long. */
    public Long nonNegativeInteger(String key) {
        JsonNode value = present(key);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            problem(key, "must be an integer, got " + typeOf(value) + " " + abbreviate(value.toString()));
            return null;
        }
        long number = value.longValue();
        if (number < 0) {
            problem(key, "must not be negative, got " + number);
            return null;
        }
        return number;
    }

    /** A JSON integer > 0. */
    public Long positiveInteger(String key) {
        Long number = nonNegativeInteger(key);
        if (number != null && number == 0) {
            problem(key, "must be a positive integer, got 0");
            return null;
        }
        return number;
    }

    /** A non-empty JSON string without NUL characters. */
    public String nonEmptyString(String key) {
        JsonNode value = present(key);
        if (value == null) {
            return null;
        }
        if (!value.isString() || value.stringValue().isEmpty()) {
            problem(key, "must be a non-empty string, got " + typeOf(value));
            return null;
        }
        if (value.stringValue().indexOf('\0') >= 0) {
            // Valid JSON, but no PostgreSQL text column can hold it, and no path, host or name contains one.
            problem(key, "must not contain a NUL character (\\u0000)");
            return null;
        }
        return value.stringValue();
    }

    public Boolean bool(String key) {
        JsonNode value = present(key);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            problem(key, "must be a boolean (true or false), got " + typeOf(value));
            return null;
        }
        return value.booleanValue();
    }

    public static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) + ".0"
                : String.valueOf(value);
    }

    private static String typeOf(JsonNode value) {
        if (value.isString()) {
            return "a string";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
