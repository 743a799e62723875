package io.benchwarden.hosted;

/** Why a benchmark row of a hosted report is not compared against the baseline; wire names are part of the API. */
public enum ExclusionReason {

    NOT_MEAN_AGGREGATE("not_mean_aggregate", "only mean aggregates are compared"),
    BELOW_50NS("below_50ns", "mean real_time is below 50 ns, too short to compare on shared runners"),
    NOT_IN_FOCUS("not_in_focus", "the series matches none of the project's focus patterns"),
    BENCHMARK_ERROR("benchmark_error", "the benchmark reported error_occurred, so its times are meaningless");

    private final String wireName;
    private final String description;

    ExclusionReason(String wireName, String description) {
        this.wireName = wireName;
        this.description = description;
    }

    public String wireName() {
        return wireName;
    }

    public String description() {
        return description;
    }
}
