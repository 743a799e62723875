package io.benchwarden.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * How a run is named to people, on every page and in API answers: a strict run is {@code #12}, a hosted run
 * {@code H-11}. The two kinds are numbered separately, so a bare number would name two different runs.
 */
public final class RunLabels {

    public static final String HOSTED_PREFIX = "H-";

    private static final Pattern REFERENCE = Pattern.compile("(?i)(h-|#)?([1-9][0-9]{0,17})");

    /** A run named by a person: {@code 12} or {@code #12} for a strict run, {@code H-11} for a hosted one. */
    public record Reference(boolean hosted, long id) {

        public String kind() {
            return hosted ? "hosted" : "strict";
        }
    }

    private RunLabels() {
    }

    public static String strict(long id) {
        return "#" + id;
    }

    public static String hosted(long id) {
        return HOSTED_PREFIX + id;
    }

    /**
     * Reads a run reference given as parameter {@code name}; refuses anything else with 400 naming the parameter.
     */
    public static Reference parse(String name, String value) {
        Matcher matcher = REFERENCE.matcher(value == null ? "" : value.strip());
        if (!matcher.matches()) {
            throw QueryParameters.invalid(name, String.valueOf(value),
                    "a run: a strict run as 12 or #12, a hosted run as H-11");
        }
        return new Reference(matcher.group(1) != null && matcher.group(1).equalsIgnoreCase(HOSTED_PREFIX),
                Long.parseLong(matcher.group(2)));
    }

    /** @param kind {@code strict} or {@code hosted}, as alerts record it */
    public static String of(String kind, long id) {
        return "hosted".equals(kind) ? hosted(id) : strict(id);
    }
}
