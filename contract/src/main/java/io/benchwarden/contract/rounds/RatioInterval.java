package io.benchwarden.contract.rounds;

import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A with-agent over baseline ratio measured in rounds, with its interval: {@code p95_ratio} in a with-agent
 * profile, {@code us_per_op_ratio} in open_compare.json and in each workload row.
 *
 * @param value the ratio the gate computes from the reported figures
 * @param low and {@code high}: the bootstrap interval of the paired median over the round pairs
 * @param confidence the interval's confidence level (0.95)
 * @param method how the interval was computed, in words
 * @param unpairedValue the median of the with-agent rounds over the median of the baseline rounds; NaN when absent
 * @param rounds how many round pairs the interval is over; 0 when the artifact does not say
 */
public record RatioInterval(double value, double low, double high, double confidence, String method,
        double unpairedValue, int rounds) {

    /** The key of the p95 ratio's interval in a with-agent profile. */
    public static final String P95_RATIO = "p95_ratio";
    /** The key of the us_per_op ratio's interval in open_compare.json and each workload row. */
    public static final String US_PER_OP_RATIO = "us_per_op_ratio";

    /** The confidence level of every interval the runner writes, and what an interval without one is taken at. */
    public static final double LEVEL = 0.95;

    static final String VALUE = "value";
    static final String CI_LOW = "ci_low";
    static final String CI_HIGH = "ci_high";
    static final String CONFIDENCE = "confidence";
    static final String METHOD = "method";
    static final String UNPAIRED_VALUE = "unpaired_value";
    static final String ROUNDS = "rounds";

    /** Writes the interval under {@code key} ({@link #P95_RATIO} or {@link #US_PER_OP_RATIO}) of {@code node}. */
    public ObjectNode writeTo(ObjectNode node, String key) {
        ObjectNode interval = node.putObject(key);
        interval.put(VALUE, value);
        interval.put(CI_LOW, low);
        interval.put(CI_HIGH, high);
        interval.put(CONFIDENCE, confidence);
        interval.put(METHOD, method);
        interval.put(UNPAIRED_VALUE, unpairedValue);
        interval.put(ROUNDS, rounds);
        return node;
    }

    /** The interval under {@code key}, when it has both ends; an older runner's may lack the other keys. */
    public static Optional<RatioInterval> read(JsonNode node, String key) {
        JsonNode interval = node.path(key);
        if (!interval.path(CI_LOW).isNumber() || !interval.path(CI_HIGH).isNumber()) {
            return Optional.empty();
        }
        double confidence = JsonValues.number(interval, CONFIDENCE);
        return Optional.of(new RatioInterval(JsonValues.number(interval, VALUE), JsonValues.number(interval, CI_LOW),
                JsonValues.number(interval, CI_HIGH), Double.isNaN(confidence) ? LEVEL : confidence,
                JsonValues.text(interval, METHOD), JsonValues.number(interval, UNPAIRED_VALUE),
                (int) JsonValues.integer(interval, ROUNDS)));
    }
}
