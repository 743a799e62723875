package io.benchwarden.run;

import java.util.ArrayList;
import java.util.Optional;

import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.contract.rounds.ProfileRounds;

/**
 * How sure one p95 ratio is, when the runner measured it in interleaved rounds: its with-agent profile carries the
 * rounds, the statistic over them and a bootstrap interval of the ratio ({@link ProfileRounds}, extra keys the
 * contract allows). A profile from the reference scripts has none of it, and the page says it was a single pass.
 *
 * The ratio itself is not taken from here: the service computes it from the two {@code p95_us} values.
 *
 * @param unpairedRatio the median of the with-agent rounds over the median of the baseline rounds, or null
 */
public record RoundsEvidence(String kind, String estimator, int rounds, double low, double high, double confidence,
        Double unpairedRatio) {

    static Optional<RoundsEvidence> from(String kind, String artifactName, byte[] withAgentProfile) {
        return StrictJson.object(artifactName, withAgentProfile, new ArrayList<>())
                .flatMap(ProfileRounds::read)
                .filter(rounds -> rounds.p95Ratio() != null)
                .map(rounds -> new RoundsEvidence(kind, rounds.estimator() == null ? "unknown" : rounds.estimator(),
                        rounds.rounds().size(), rounds.p95Ratio().low(), rounds.p95Ratio().high(),
                        rounds.p95Ratio().confidence(),
                        Double.isNaN(rounds.p95Ratio().unpairedValue()) ? null : rounds.p95Ratio().unpairedValue()));
    }
}
