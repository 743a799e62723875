package io.benchwarden.hosted;

import java.time.Instant;
import java.util.Map;

/**
 * What {@link BaselineSelector} needs to know of one stored hosted run: where and when it ran, and its compared
 * series (mean real time in nanoseconds by series name, as {@link HostedFilter} produced them).
 */
public record HostedRunValues(long runId, String branch, String commit, Instant startedAt, Map<String, Double> seriesNs) {

    public HostedRunValues {
        seriesNs = Map.copyOf(seriesNs);
    }
}
