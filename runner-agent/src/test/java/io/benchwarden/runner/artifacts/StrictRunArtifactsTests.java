package io.benchwarden.runner.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.contract.model.Comparison;
import io.benchwarden.contract.rounds.Harness;
import io.benchwarden.contract.rounds.ProfileRounds;
import io.benchwarden.contract.rounds.RatioInterval;
import io.benchwarden.contract.rounds.RoundFigures;
import io.benchwarden.contract.rounds.RoundsStop;
import io.benchwarden.runner.bench.BenchTarget;
import io.benchwarden.runner.bench.WorkloadKind;
import io.benchwarden.runner.host.HostArtifacts;
import io.benchwarden.runner.rounds.WorkloadRounds;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StrictRunArtifactsTests {

    private static final BenchTarget TARGET = new BenchTarget("/etc/hosts", "127.0.0.1", 9, List.of("/etc/hosts"));

    /**
     * Three rounds; every baseline us_per_op is 2.00. The suite's open_close loop costs +10 % with the agent, the
     * open compare's own loop +5 %: open_compare.json must say 5 %, from its own loop.
     */
    @Test
    void shouldTakeTheOpenCompareFromItsOwnLoopAndGiveEveryUsPerOpRowItsInterval() {
        Map<WorkloadKind, WorkloadRounds> results = new EnumMap<>(WorkloadKind.class);
        for (WorkloadKind kind : WorkloadKind.values()) {
            double factor = kind == WorkloadKind.OPEN_CLOSE ? 1.10 : kind == WorkloadKind.OPEN_COMPARE ? 1.05 : 1.0;
            results.put(kind, rounds(kind, factor));
        }
        RoundsStop stop = new RoundsStop(3, 9, 3, RoundsStop.ALL_CERTAIN);
        List<Comparison> suite = SuiteRows.of(results, kind -> 15.0);

        StrictRunArtifacts.Result run = StrictRunArtifacts.build(results, TARGET, suite, 10.0,
                HostArtifacts.collect("/etc/hosts", 0), "unknown", new Harness("native_loop", 0.02, 0.03), stop);

        JsonNode compare = json(run, ArtifactNames.OPEN_COMPARE);
        assertThat(compare.get("baseline_us_per_op").doubleValue()).isEqualTo(2.0);
        assertThat(compare.get("with_agent_us_per_op").doubleValue()).isEqualTo(2.1);
        assertThat(compare.get("delta_pct").doubleValue()).isEqualTo(5.0);
        RatioInterval compareRatio = RatioInterval.read(compare, RatioInterval.US_PER_OP_RATIO).orElseThrow();
        assertThat(compareRatio.value()).isEqualTo(1.05);
        // every pair's ratio is 1.05, so every resampled median is too
        assertThat(compareRatio.low()).isEqualTo(1.05);
        assertThat(compareRatio.high()).isEqualTo(1.05);
        assertThat(compareRatio.rounds()).isEqualTo(3);
        JsonNode openRow = json(run, ArtifactNames.WORKLOAD_SUITE).get("benchmarks").get(0);
        assertThat(openRow.get("name").asString()).isEqualTo("open_close");
        assertThat(openRow.get("delta_pct").doubleValue()).isEqualTo(10.0);
        assertThat(RatioInterval.read(openRow, RatioInterval.US_PER_OP_RATIO).orElseThrow().value()).isEqualTo(1.1);
        assertThat(json(run, ArtifactNames.WORKLOAD_SUITE).get("benchmarks")).hasSize(4);
        ProfileRounds withAgent = ProfileRounds.read(json(run, ArtifactNames.OPEN_WITH_AGENT)).orElseThrow();
        assertThat(withAgent.stop()).isEqualTo(stop);
        assertThat(ProfileRounds.read(json(run, ArtifactNames.CONNECT_BASELINE)).orElseThrow().stop()).isEqualTo(stop);
        var openDelta = run.verdict().rows().stream().filter(row -> row.key().equals("audit_mode_open/delta_pct"))
                .findFirst().orElseThrow();
        assertThat(openDelta.value()).isEqualTo(5.0);
        // every pair's ratio is 1.05, so the interval is 5 % to 5 %: wholly within the 10 % budget
        assertThat(openDelta.interval().low()).isCloseTo(5.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(openDelta.interval().high()).isCloseTo(5.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(openDelta.interval().rounds()).isEqualTo(3);
        assertThat(openDelta.interval().confidence()).isEqualTo("certain");
    }

    private static WorkloadRounds rounds(WorkloadKind kind, double factor) {
        WorkloadRounds rounds = WorkloadRounds.empty(kind);
        for (int i = 0; i < 3; i++) {
            rounds.baseline().add(new RoundFigures(100, 0.0002, 2.0, 1.8, 2.2, 2.6));
            rounds.withAgent().add(new RoundFigures(100, 0.0002 * factor, 2.0 * factor, 1.8, 2.2, 2.6));
        }
        return rounds;
    }

    private static JsonNode json(StrictRunArtifacts.Result run, String name) {
        return StrictJson.mapper().readTree(run.files().get(name).getBytes(StandardCharsets.UTF_8));
    }
}
