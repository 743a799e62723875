package io.benchwarden.runner.command;

import io.benchwarden.contract.fixtures.Examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.contract.model.HostEnvironment;
import io.benchwarden.contract.rounds.LatencyHistogram;
import io.benchwarden.contract.validation.BundleValidator;
import io.benchwarden.contract.validation.ValidationOutcome;
import io.benchwarden.runner.artifacts.ArtifactFiles;
import tools.jackson.databind.JsonNode;

class RunCommandTests {

    private static final Path EXAMPLES = Examples.strictRunDirectory();

    @TempDir
    static Path dir;

    static CommandRunner.Result result;

    @BeforeAll
    static void runOnce() {
        // MAX_ROUNDS=3: exactly three rounds (one block of three), whatever the stopping rule would want, so the
        // medians below are the middle values
        result = CommandRunner.run(CommandRunner.small("ROUNDS", "3", "MAX_ROUNDS", "3", "BLOCK_ROUNDS", "3",
                "ITERATIONS", "900"), "run",
                "--out", dir.toString());
    }

    @Test
    void shouldWriteAllThirteenContractArtifactsThatPassValidation() {
        assertThat(result.exitCode()).as(result.err()).isIn(ExitCodes.OK, ExitCodes.GATE_FAILED);
        Map<String, byte[]> artifacts = ArtifactFiles.readKnown(dir);
        assertThat(artifacts.keySet()).containsExactlyInAnyOrderElementsOf(ArtifactNames.CONTRACT);
        ValidationOutcome outcome = BundleValidator.validate(artifacts);
        assertThat(outcome.problems()).isEmpty();
        HostEnvironment host = outcome.bundle().host();
        assertThat(host.cpuGovernor()).isPresent();
        assertThat(host.kernelInfo()).startsWith("Linux ");
        assertThat(result.out()).contains("strict gate: ");
        assertThat(dir.resolve("run-metadata.json")).exists();
    }

    @Test
    void shouldRecordEachSidesLatencyDistributionAndStayFarUnderThePartLimit() throws Exception {
        for (String name : List.of(ArtifactNames.OPEN_BASELINE, ArtifactNames.OPEN_WITH_AGENT, ArtifactNames.CONNECT_BASELINE,
                ArtifactNames.CONNECT_WITH_AGENT)) {
            JsonNode profile = StrictJson.mapper().readTree(Files.readString(dir.resolve(name)));
            LatencyHistogram histogram = LatencyHistogram.read(profile).orElseThrow();
            assertThat(histogram.count()).as(name).isEqualTo(profile.get("iterations").asLong());
            assertThat(histogram.buckets().stream().mapToLong(LatencyHistogram.Bucket::count).sum()).isEqualTo(histogram.count());
        }
        try (var files = Files.list(dir)) {
            assertThat(files).allSatisfy(file -> assertThat(Files.size(file)).as(file.toString()).isLessThan(64 * 1024));
        }
    }

    @Test
    void shouldPrintTheConfidenceBesideEveryRowItHasRoundsFor() {
        List<String> lines = result.out().lines().toList();

        for (String row : List.of("audit_mode_open +p95_ratio ", "audit_mode_connect +p95_ratio ",
                "audit_mode_open +p95_overhead_pct ", "audit_mode_open +delta_pct ", "workload_stat_walk +delta_pct ")) {
            assertThat(lines).filteredOn(line -> line.matches(row + ".*")).singleElement().asString()
                    .containsPattern("(certain|inconclusive) \\(95 % interval -?\\d+\\.\\d{4}--?\\d+\\.\\d{4}\\)$");
        }
        assertThat(lines).filteredOn(line -> line.startsWith("artifact_contract")).singleElement().asString()
                .doesNotContain("interval");
        assertThat(result.out()).containsPattern("rounds: \\d+ \\(.*; stopped: (all_certain|max_rounds)\\)");
    }

    @Test
    void shouldWriteJsonWithTheExampleKeysFirstAndInOrder() throws Exception {
        for (String name : List.of(ArtifactNames.OPEN_BASELINE, ArtifactNames.OPEN_WITH_AGENT, ArtifactNames.CONNECT_BASELINE,
                ArtifactNames.CONNECT_WITH_AGENT, ArtifactNames.OPEN_COMPARE, ArtifactNames.WORKLOAD_SUITE)) {
            JsonNode example = StrictJson.mapper().readTree(Files.readString(EXAMPLES.resolve(name)));
            JsonNode ours = StrictJson.mapper().readTree(Files.readString(dir.resolve(name)));
            assertThat(keys(ours)).as(name).startsWith(keys(example).toArray(String[]::new));
        }
        JsonNode rows = StrictJson.mapper().readTree(Files.readString(dir.resolve(ArtifactNames.WORKLOAD_SUITE)))
                .get("benchmarks");
        assertThat(rows.valueStream().map(row -> row.get("name").asString()).toList())
                .containsExactly("open_close", "connect_loopback", "full_read", "stat_walk");
        List<String> exampleRow = keys(StrictJson.mapper()
                .readTree(Files.readString(EXAMPLES.resolve(ArtifactNames.WORKLOAD_SUITE))).get("benchmarks").get(0));
        exampleRow.add("us_per_op_ratio");
        assertThat(keys(rows.get(0))).containsExactlyElementsOf(exampleRow);
    }

    @Test
    void shouldKeepEveryRoundAndTheP95RatioInterval() throws Exception {
        JsonNode withAgent = StrictJson.mapper().readTree(Files.readString(dir.resolve(ArtifactNames.OPEN_WITH_AGENT)));
        assertThat(withAgent.get("rounds")).hasSize(3);
        assertThat(withAgent.get("adaptive_rounds").get("planned").asInt()).isEqualTo(3);
        assertThat(withAgent.get("adaptive_rounds").get("rounds").asInt()).isEqualTo(3);
        assertThat(withAgent.get("p95_ratio").get("ci_low").asDouble())
                .isLessThanOrEqualTo(withAgent.get("p95_ratio").get("ci_high").asDouble());
        assertThat(withAgent.get("iterations").asLong()).isEqualTo(600);
        JsonNode compare = StrictJson.mapper().readTree(Files.readString(dir.resolve(ArtifactNames.OPEN_COMPARE)));
        assertThat(compare.get("us_per_op_ratio").get("rounds").asInt()).isEqualTo(3);
        assertThat(withAgent.get("unpaired_median_of_rounds").get("p95_us").isNumber()).isTrue();
    }

    @Test
    void shouldReportTheWithAgentP95AsTheBaselineMedianTimesTheMedianPairedRatio() throws Exception {
        for (String[] pair : List.of(new String[] { ArtifactNames.OPEN_BASELINE, ArtifactNames.OPEN_WITH_AGENT },
                new String[] { ArtifactNames.CONNECT_BASELINE, ArtifactNames.CONNECT_WITH_AGENT })) {
            JsonNode baseline = StrictJson.mapper().readTree(Files.readString(dir.resolve(pair[0])));
            JsonNode withAgent = StrictJson.mapper().readTree(Files.readString(dir.resolve(pair[1])));
            double[] b = baseline.get("rounds").valueStream().mapToDouble(round -> round.get("p95_us").asDouble()).sorted().toArray();
            double[] ratios = new double[3];
            for (int i = 0; i < 3; i++) {
                ratios[i] = withAgent.get("rounds").get(i).get("p95_us").asDouble()
                        / baseline.get("rounds").get(i).get("p95_us").asDouble();
            }
            java.util.Arrays.sort(ratios);

            // three rounds: the medians are the middle values
            assertThat(baseline.get("p95_us").asDouble()).as(pair[0]).isEqualTo(b[1]);
            assertThat(withAgent.get("p95_us").asDouble()).as(pair[1])
                    .isCloseTo(Math.max(withAgent.get("p50_us").asDouble(), b[1] * ratios[1]), within(0.005));
            assertThat(withAgent.get("p95_ratio").get("value").asDouble()).as(pair[1]).isCloseTo(
                    withAgent.get("p95_us").asDouble() / baseline.get("p95_us").asDouble(), within(0.00005));
            assertThat(withAgent.get("estimator").asString()).isEqualTo("paired_median_of_rounds");
        }
    }

    @Test
    void shouldSayHowOperationsWereTimedAndWhatTheTimingCosts() throws Exception {
        for (String name : List.of(ArtifactNames.OPEN_BASELINE, ArtifactNames.CONNECT_WITH_AGENT)) {
            JsonNode profile = StrictJson.mapper().readTree(Files.readString(dir.resolve(name)));
            assertThat(profile.get("timing").asString()).as(name).isEqualTo("native_loop");
            assertThat(profile.get("harness_floor").get("p50_us").asDouble()).as(name)
                    .isLessThan(profile.get("p50_us").asDouble());
        }
    }

    @Test
    void shouldWriteHostTextsInTheExamplesForm() throws Exception {
        assertThat(Files.readString(dir.resolve(ArtifactNames.KERNEL_INFO))).matches("Linux \\S+ \\S+ .* \\S+ GNU/Linux\n");
        assertThat(Files.readString(dir.resolve(ArtifactNames.CPU_INFO)))
                .contains("Model name:").containsPattern("Scaling governor: +\\S+");
        assertThat(Files.readString(dir.resolve(ArtifactNames.OS_RELEASE))).isEqualTo(Files.readString(Path.of("/etc/os-release")));
        assertThat(Files.readString(dir.resolve(ArtifactNames.FS_TYPE))).matches("[a-z0-9/]+\n");
    }

    private static List<String> keys(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }
}
