package io.benchwarden.contract.rounds;

import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the runner adds to a latency profile it measured in interleaved rounds, after the reference keys: every
 * round ({@code rounds}), the statistic over them ({@code estimator}), the bench CPU's governor, the harness,
 * and on a with-agent profile the p95 ratio's interval and the unpaired medians.
 *
 * @param p95Ratio with-agent profiles only, else {@code null}
 * @param stop how many rounds the run measured and why it stopped; {@code null} for a fixed number of rounds
 * @param unpairedMedians the medians of the with-agent rounds taken on their own; with-agent profiles only
 * @param histogram the latency distribution of every timed operation of this side; may be {@code null}
 */
public record ProfileRounds(List<RoundFigures> rounds, String estimator, String cpuGovernor, Harness harness,
        RoundsStop stop, RatioInterval p95Ratio, RoundFigures unpairedMedians, LatencyHistogram histogram) {

    /**
     * Both sides reported as medians across rounds, the with-agent side through its pairing with the baseline pass
     * beside it.
     */
    public static final String PAIRED_MEDIAN_OF_ROUNDS = "paired_median_of_rounds";

    static final String ROUNDS = "rounds";
    static final String ESTIMATOR = "estimator";
    static final String CPU_GOVERNOR = "cpu_governor";
    static final String UNPAIRED_MEDIAN_OF_ROUNDS = "unpaired_median_of_rounds";

    public ProfileRounds {
        rounds = List.copyOf(rounds);
    }

    /** Appends the keys to {@code profile}, which already holds the reference keys. */
    public ObjectNode writeTo(ObjectNode profile) {
        RoundFigures.writeAll(profile.putArray(ROUNDS), rounds);
        profile.put(ESTIMATOR, estimator);
        profile.put(CPU_GOVERNOR, cpuGovernor);
        harness.writeTo(profile);
        if (stop != null) {
            stop.writeTo(profile);
        }
        if (p95Ratio != null) {
            p95Ratio.writeTo(profile, RatioInterval.P95_RATIO);
        }
        if (unpairedMedians != null) {
            unpairedMedians.writeTo(profile.putObject(UNPAIRED_MEDIAN_OF_ROUNDS));
        }
        if (histogram != null) {
            histogram.writeTo(profile);
        }
        return profile;
    }

    /** Present when the profile has its rounds, as a runner writes it; a reference script's profile has none. */
    public static Optional<ProfileRounds> read(JsonNode profile) {
        if (!profile.path(ROUNDS).isArray()) {
            return Optional.empty();
        }
        JsonNode unpaired = profile.path(UNPAIRED_MEDIAN_OF_ROUNDS);
        return Optional.of(new ProfileRounds(RoundFigures.readAll(profile.get(ROUNDS)),
                JsonValues.text(profile, ESTIMATOR), JsonValues.text(profile, CPU_GOVERNOR), Harness.read(profile),
                RoundsStop.read(profile), RatioInterval.read(profile, RatioInterval.P95_RATIO).orElse(null),
                unpaired.isObject() ? RoundFigures.read(unpaired) : null, LatencyHistogram.read(profile).orElse(null)));
    }
}
