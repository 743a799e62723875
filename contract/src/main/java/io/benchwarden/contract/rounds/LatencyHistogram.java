package io.benchwarden.contract.rounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The latency distribution of every timed operation of one side ({@code "histogram"} in a profile): logarithmic
 * buckets, only the non-empty ones, each {@code [upper_bound_ns, count]} with the operations that took more than the
 * bucket before's bound and at most this one's. A cost that lands on 1 % of the operations shows in the tail here
 * while the p95 does not move.
 *
 * <pre>{"unit":"ns","count":N,"min_ns":…,"max_ns":…,"buckets":[[upper_bound_ns,count],…]}</pre>
 */
public record LatencyHistogram(long count, long minNs, long maxNs, List<Bucket> buckets) {

    public static final String KEY = "histogram";
    public static final String UNIT = "ns";

    public record Bucket(long upperBoundNs, long count) {
    }

    public LatencyHistogram {
        buckets = List.copyOf(buckets);
    }

    /** Writes the histogram under {@link #KEY} of {@code profile}. */
    public ObjectNode writeTo(ObjectNode profile) {
        ObjectNode histogram = profile.putObject(KEY);
        histogram.put("unit", UNIT);
        histogram.put("count", count);
        histogram.put("min_ns", minNs);
        histogram.put("max_ns", maxNs);
        ArrayNode all = histogram.putArray("buckets");
        buckets.forEach(bucket -> all.addArray().add(bucket.upperBoundNs()).add(bucket.count()));
        return profile;
    }

    /** Present when the profile has a histogram in nanoseconds; malformed buckets are left out. */
    public static Optional<LatencyHistogram> read(JsonNode profile) {
        JsonNode histogram = profile.path(KEY);
        if (!histogram.isObject() || !UNIT.equals(JsonValues.text(histogram, "unit"))) {
            return Optional.empty();
        }
        List<Bucket> buckets = new ArrayList<>();
        for (JsonNode bucket : histogram.path("buckets")) {
            if (bucket.isArray() && bucket.size() == 2 && bucket.get(0).canConvertToLong() && bucket.get(1).canConvertToLong()) {
                buckets.add(new Bucket(bucket.get(0).longValue(), bucket.get(1).longValue()));
            }
        }
        return Optional.of(new LatencyHistogram(JsonValues.integer(histogram, "count"),
                JsonValues.integer(histogram, "min_ns"), JsonValues.integer(histogram, "max_ns"), buckets));
    }
}
