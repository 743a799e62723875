package io.benchwarden.contract.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.contract.json.StrictJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ProfileRoundsTests {

    private static final RoundFigures ROUND = new RoundFigures(5000, 0.014, 2.81, 2.7, 2.9, 3.4);
    private static final RatioInterval INTERVAL = new RatioInterval(1.0124, 0.9981, 1.0302, 0.95,
            "percentile bootstrap of the paired median over 2 round pairs", 1.0207, 2);

    @Test
    void shouldWriteTheExtrasAfterTheReferenceKeysAndReadThemBack() {
        ObjectNode profile = ROUND.writeTo(StrictJson.mapper().createObjectNode());
        profile.put("file", "/etc/hosts").put("with_agent", true);
        ProfileRounds written = new ProfileRounds(List.of(ROUND, ROUND), ProfileRounds.PAIRED_MEDIAN_OF_ROUNDS,
                "performance", new Harness("native_loop", 0.02, 0.03), new RoundsStop(2, 6, 2, RoundsStop.ALL_CERTAIN),
                INTERVAL, ROUND, new LatencyHistogram(10000, 2600, 41000, List.of(new LatencyHistogram.Bucket(2702, 4000),
                        new LatencyHistogram.Bucket(3214, 5900), new LatencyHistogram.Bucket(41285, 100))));

        written.writeTo(profile);

        assertThat(new ArrayList<>(profile.propertyNames())).containsExactly("iterations", "seconds", "us_per_op",
                "p50_us", "p95_us", "p99_us", "file", "with_agent", "rounds", "estimator", "cpu_governor", "timing",
                "harness_floor", "adaptive_rounds", "p95_ratio", "unpaired_median_of_rounds", "histogram");
        assertThat(StrictJson.mapper().writeValueAsString(profile.get("histogram"))).isEqualTo(
                "{\"unit\":\"ns\",\"count\":10000,\"min_ns\":2600,\"max_ns\":41000,\"buckets\":[[2702,4000],[3214,5900],[41285,100]]}");
        assertThat(profile.at("/adaptive_rounds/stopped").asString()).isEqualTo("all_certain");
        assertThat(profile.at("/p95_ratio/ci_high").doubleValue()).isEqualTo(1.0302);
        assertThat(profile.at("/harness_floor/p95_us").doubleValue()).isEqualTo(0.03);
        JsonNode reread = StrictJson.mapper().readTree(StrictJson.mapper().writeValueAsString(profile));
        assertThat(ProfileRounds.read(reread)).contains(written);
    }

    @Test
    void shouldReadWhatAnOlderRunnerWroteWithoutTheKeysItLacked() {
        JsonNode profile = StrictJson.mapper().readTree("""
                {"iterations":30000,"p95_us":6.58,"rounds":[{"iterations":6000,"p95_us":6.58}],
                 "p95_ratio":{"value":1.0297,"ci_low":1.0063,"ci_high":1.0558}}""");

        ProfileRounds rounds = ProfileRounds.read(profile).orElseThrow();

        assertThat(rounds.rounds()).hasSize(1);
        assertThat(rounds.rounds().get(0).p95Us()).isEqualTo(6.58);
        assertThat(rounds.rounds().get(0).p50Us()).isNaN();
        assertThat(rounds.estimator()).isNull();
        assertThat(rounds.harness()).isNull();
        assertThat(rounds.stop()).isNull();
        assertThat(rounds.histogram()).isNull();
        assertThat(rounds.p95Ratio().confidence()).isEqualTo(RatioInterval.LEVEL);
        assertThat(rounds.p95Ratio().unpairedValue()).isNaN();
        assertThat(rounds.p95Ratio().rounds()).isZero();
    }

    @Test
    void shouldFindNoRoundsInAProfileFromTheReferenceScripts() {
        JsonNode profile = StrictJson.object(ArtifactNames.OPEN_WITH_AGENT,
                Examples.strictRun().get(ArtifactNames.OPEN_WITH_AGENT), new ArrayList<>()).orElseThrow();

        assertThat(ProfileRounds.read(profile)).isEmpty();
        assertThat(RatioInterval.read(profile, RatioInterval.P95_RATIO)).isEmpty();
    }

    @Test
    void shouldReadNoIntervalWithoutBothEnds() {
        JsonNode row = StrictJson.mapper().readTree("{\"us_per_op_ratio\":{\"value\":1.01,\"ci_low\":0.99}}");

        assertThat(RatioInterval.read(row, RatioInterval.US_PER_OP_RATIO)).isEmpty();
    }
}
