package io.benchwarden.contract.validation;

import static io.benchwarden.contract.ArtifactNames.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.benchwarden.contract.Problem;
import io.benchwarden.contract.fixtures.Examples;
import org.junit.jupiter.api.Test;

class BundleValidatorTests {

    private static ValidationOutcome validate(Map<String, byte[]> artifacts) {
        return BundleValidator.validate(artifacts);
    }

    @Test
    void shouldAcceptTheRealExampleBundleAsItIs() {
        ValidationOutcome outcome = validate(Examples.strictRun());
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.bundle().openBaseline().p95Us()).isEqualTo(6.58);
        assertThat(outcome.bundle().connectWithAgent().port()).isEqualTo(34521);
        assertThat(outcome.bundle().workload()).hasSize(4);
        assertThat(outcome.bundle().host().kernelRelease()).isEqualTo("6.18.44-fc-v782");
        assertThat(outcome.bundle().host().osName()).isEqualTo("Debian GNU/Linux 12 (bookworm)");
        assertThat(outcome.bundle().host().cpuModel()).isEqualTo("AMD EPYC");
        assertThat(outcome.bundle().host().filesystem()).isEqualTo("ext2/ext3");
    }

    @Test
    void shouldListEveryProblemAtOnce() {
        var artifacts = Examples.withJson(Examples.strictRun(), OPEN_WITH_AGENT, node -> node.remove("file"));
        artifacts = Examples.withJson(artifacts, CONNECT_BASELINE, node -> node.put("port", 0));
        artifacts = Examples.without(artifacts, FS_TYPE);
        assertThat(validate(artifacts).problems()).extracting(Problem::artifact, Problem::field).containsExactlyInAnyOrder(
                tuple(FS_TYPE, ""), tuple(OPEN_WITH_AGENT, "/file"), tuple(CONNECT_BASELINE, "/port"));
        assertThat(validate(artifacts).bundle()).isNull();
    }

    @Test
    void shouldRejectMissingRequiredKeys() {
        var artifacts = Examples.withJson(Examples.strictRun(), OPEN_BASELINE, node -> node.remove("p99_us"));
        assertThat(validate(artifacts).problems()).singleElement()
                .satisfies(p -> assertThat(p.toString()).isEqualTo("open_baseline.json: /p99_us is missing (required key)"));
    }

    @Test
    void shouldRejectNonNumericNumbers() {
        var artifacts = Examples.withJson(Examples.strictRun(), OPEN_BASELINE, node -> node.put("us_per_op", "6.73"));
        assertThat(validate(artifacts).problems()).extracting(Problem::field, Problem::message)
                .containsExactly(tuple("/us_per_op", "must be numeric, got a string"));
    }

    @Test
    void shouldRejectPercentilesOutOfOrder() {
        var artifacts = Examples.withJson(Examples.strictRun(), OPEN_WITH_AGENT, node -> node.put("p95_us", 12.1).put("p99_us", 11.9));
        assertThat(validate(artifacts).problems()).extracting(Problem::artifact, Problem::field, Problem::message)
                .containsExactly(tuple(OPEN_WITH_AGENT, "/p95_us",
                        "(12.1) is greater than p99_us (11.9); expected p50_us <= p95_us <= p99_us"));
    }

    @Test
    void shouldRejectAWithAgentLabelThatContradictsTheFile() {
        var artifacts = Examples.withJson(Examples.strictRun(), CONNECT_WITH_AGENT, node -> node.put("with_agent", false));
        assertThat(validate(artifacts).problems()).extracting(Problem::artifact, Problem::field)
                .containsExactly(tuple(CONNECT_WITH_AGENT, "/with_agent"));
        var stringLabel = Examples.withJson(Examples.strictRun(), OPEN_BASELINE, node -> node.put("with_agent", "false"));
        assertThat(validate(stringLabel).problems()).extracting(Problem::message)
                .containsExactly("must be a boolean (true or false), got a string");
    }

    @Test
    void shouldRejectAnEmptyHostAndANonPositivePort() {
        var artifacts = Examples.withJson(Examples.strictRun(), CONNECT_WITH_AGENT, node -> node.put("host", "").put("port", -5));
        assertThat(validate(artifacts).problems()).extracting(Problem::field).containsExactly("/host", "/port");
        var fractional = Examples.withJson(Examples.strictRun(), CONNECT_BASELINE, node -> node.put("port", 80.5));
        assertThat(validate(fractional).problems()).extracting(Problem::field).containsExactly("/port");
    }

    @Test
    void shouldRejectNegativeNumbersAndNonIntegralIterations() {
        var artifacts = Examples.withJson(Examples.strictRun(), OPEN_BASELINE,
                node -> node.put("seconds", -0.2).put("iterations", 30000.5));
        assertThat(validate(artifacts).problems()).extracting(Problem::field).containsExactly("/iterations", "/seconds");
        var zero = Examples.withJson(Examples.strictRun(), OPEN_BASELINE, node -> node.put("iterations", 0));
        assertThat(validate(zero).problems()).extracting(Problem::message).containsExactly("must be a positive integer, got 0");
    }

    @Test
    void shouldRejectNumbersThatOverflowToInfinity() {
        byte[] huge = Examples.text(Examples.strictRun().get(OPEN_BASELINE)).replace("6.73", "1e999")
                .getBytes(StandardCharsets.UTF_8);
        var artifacts = Examples.with(Examples.strictRun(), OPEN_BASELINE, huge);
        assertThat(validate(artifacts).problems()).extracting(Problem::field).containsExactly("/us_per_op");
    }

    @Test
    void shouldRejectNanTokensTruncatedJsonAndDuplicateKeys() {
        var nan = Examples.with(Examples.strictRun(), OPEN_BASELINE,
                "{\"iterations\":1,\"seconds\":NaN}".getBytes(StandardCharsets.UTF_8));
        assertThat(validate(nan).problems()).singleElement().satisfies(p -> {
            assertThat(p.artifact()).isEqualTo(OPEN_BASELINE);
            assertThat(p.message()).startsWith("is not valid JSON");
        });
        byte[] original = Examples.strictRun().get(OPEN_COMPARE);
        var truncated = Examples.with(Examples.strictRun(), OPEN_COMPARE, java.util.Arrays.copyOf(original, 40));
        assertThat(validate(truncated).problems()).extracting(Problem::artifact).containsExactly(OPEN_COMPARE);
        var duplicate = Examples.with(Examples.strictRun(), OPEN_COMPARE,
                Examples.text(original).replace("{", "{\"pass\":true,").getBytes(StandardCharsets.UTF_8));
        assertThat(validate(duplicate).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("Duplicate"));
    }

    @Test
    void shouldRejectATopLevelArray() {
        var artifacts = Examples.with(Examples.strictRun(), WORKLOAD_SUITE, "[]".getBytes(StandardCharsets.UTF_8));
        assertThat(validate(artifacts).problems()).extracting(Problem::message)
                .containsExactly("expected a top-level JSON object");
    }

    @Test
    void shouldRequireAllFourWorkloadRows() {
        var artifacts = Examples.withJson(Examples.strictRun(), WORKLOAD_SUITE,
                node -> ((tools.jackson.databind.node.ArrayNode) node.get("benchmarks")).remove(2));
        assertThat(validate(artifacts).problems()).extracting(Problem::field, Problem::message)
                .containsExactly(tuple("/benchmarks", "is missing required rows: full_read"));
    }

    @Test
    void shouldRequireAllSevenKeysAndABooleanPassInEachWorkloadRow() {
        var artifacts = Examples.withWorkloadRow(Examples.strictRun(), "stat_walk",
                row -> row.remove("delta_us_per_op"));
        assertThat(validate(artifacts).problems()).extracting(Problem::field)
                .containsExactly("/benchmarks/3/delta_us_per_op");
        var stringPass = Examples.withWorkloadRow(Examples.strictRun(), "full_read", row -> row.put("pass", "yes"));
        assertThat(validate(stringPass).problems()).extracting(Problem::field).containsExactly("/benchmarks/2/pass");
    }

    @Test
    void shouldRejectNulCharactersInStringsNoDatabaseTextCanHold() {
        var artifacts = Examples.withJson(Examples.strictRun(), OPEN_BASELINE, node -> node.put("file", "/etc/\u0000hosts"));
        artifacts = Examples.withWorkloadRow(artifacts, "stat_walk", row -> row.put("name", "stat\u0000walk"));
        assertThat(validate(artifacts).problems()).extracting(Problem::artifact, Problem::field, Problem::message)
                .contains(tuple(OPEN_BASELINE, "/file", "must not contain a NUL character (\\u0000)"),
                        tuple(WORKLOAD_SUITE, "/benchmarks/3/name", "must not contain a NUL character (\\u0000)"));
    }

    @Test
    void shouldRejectDuplicateWorkloadRows() {
        var artifacts = Examples.withWorkloadRow(Examples.strictRun(), "stat_walk", row -> row.put("name", "full_read"));
        assertThat(validate(artifacts).problems()).extracting(Problem::field, Problem::message).containsExactly(
                tuple("/benchmarks/3/name", "duplicates row \"full_read\"; each benchmark row must appear once"),
                tuple("/benchmarks", "is missing required rows: stat_walk"));
    }

    @Test
    void shouldRejectDeltasInconsistentWithTheirInputs() {
        var wrongDelta = Examples.withWorkloadRow(Examples.strictRun(), "open_close", row -> row.put("delta_us_per_op", 0.5));
        assertThat(validate(wrongDelta).problems()).extracting(Problem::field)
                .containsExactly("/benchmarks/0/delta_us_per_op");
        var wrongPct = Examples.withJson(Examples.strictRun(), OPEN_COMPARE, node -> node.put("delta_pct", 35.0));
        assertThat(validate(wrongPct).problems()).extracting(Problem::artifact, Problem::field)
                .containsExactly(tuple(OPEN_COMPARE, "/delta_pct"));
    }

    @Test
    void shouldAcceptDeltasThatDifferOnlyByRounding() {
        // 1.62 / 4.93 = 32.860..%, but unrounded inputs within 0.005 could give 32.9
        var rounded = Examples.withJson(Examples.strictRun(), OPEN_COMPARE, node -> node.put("delta_pct", 32.9));
        assertThat(validate(rounded).problems()).isEmpty();
        var offByACent = Examples.withWorkloadRow(Examples.strictRun(), "open_close", row -> row.put("delta_us_per_op", 0.12));
        assertThat(validate(offByACent).problems()).isEmpty();
    }

    @Test
    void shouldAcceptAPassFlagThatContradictsItsNumbersAndReportItAsAFinding() {
        var artifacts = Examples.withJson(Examples.strictRun(), OPEN_COMPARE, node -> node.put("pass", true));
        ValidationOutcome compare = validate(artifacts);
        assertThat(compare.problems()).isEmpty();
        assertThat(compare.findings()).extracting(Problem::artifact, Problem::field, Problem::message).containsExactly(
                tuple(OPEN_COMPARE, "/pass", "is true but delta_pct (32.86) is greater than max_allowed_pct (10.0)"));
        var failingRow = Examples.withWorkloadRow(Examples.strictRun(), "open_close", row -> row.put("pass", false));
        ValidationOutcome row = validate(failingRow);
        assertThat(row.problems()).isEmpty();
        assertThat(row.bundle().workload().get(0).pass()).isFalse();
        assertThat(row.findings()).extracting(Problem::field).containsExactly("/benchmarks/0/pass");
    }

    @Test
    void shouldRejectInvalidUtf8AndEmptyTextButLeaveExtraFilesAlone() {
        var artifacts = Examples.with(Examples.strictRun(), KERNEL_INFO, new byte[] { 'L', (byte) 0xC3, (byte) 0x28 });
        artifacts = Examples.with(artifacts, OS_RELEASE, " \n".getBytes(StandardCharsets.UTF_8));
        artifacts = Examples.with(artifacts, "notes.txt", new byte[] { (byte) 0xFF, 0 });
        assertThat(validate(artifacts).problems()).extracting(Problem::artifact, Problem::message).containsExactlyInAnyOrder(
                tuple(KERNEL_INFO, "is not valid UTF-8 text"),
                tuple(OS_RELEASE, "is empty; expected the content the harness records"));
    }

    @Test
    void shouldAcceptTheCurrentWorkflowsArtifactsAsTheyAre() {
        ValidationOutcome outcome = validate(Examples.upstreamPerfEvidence());
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.findings()).isEmpty();
        var host = outcome.bundle().host();
        assertThat(host.kernelInfo()).startsWith("Linux vm 6.18.44-fc-v782 #1 SMP");
        assertThat(host.environment()).isEqualTo(new io.benchwarden.contract.model.EnvironmentFacts("vm", "x86_64",
                "6.18.44-fc-v782", "#1 SMP PREEMPT_DYNAMIC @0", "debian", "Debian GNU/Linux 12 (bookworm)", "12",
                "AMD EPYC", 2, 24683584L, "ext2/ext3", 1796152092L));
        assertThat(host.kernelRelease()).isEqualTo("6.18.44-fc-v782");
        assertThat(host.filesystem()).isEqualTo("ext2/ext3");
    }

    @Test
    void shouldNameBothNamesOfAMissingRenamedArtifact() {
        var artifacts = Examples.without(Examples.upstreamPerfEvidence(), "cpu.txt");
        assertThat(validate(artifacts).problems()).extracting(Problem::toString)
                .containsExactly("cpu-info.txt: is missing (required artifact; also accepted as cpu.txt)");
    }

    @Test
    void shouldCheckTheTypesOfEnvironmentFactsAndStoreALaterSchemaUnread() {
        var wrong = Examples.withJson(Examples.upstreamPerfEvidence(), ENVIRONMENT, node -> {
            ((tools.jackson.databind.node.ObjectNode) node.get("cpu")).put("logical_cores", "two");
            node.put("os", "debian");
        });
        assertThat(validate(wrong).problems()).extracting(Problem::artifact, Problem::field).containsExactly(
                tuple(ENVIRONMENT, "/os"), tuple(ENVIRONMENT, "/cpu/logical_cores"));
        var later = Examples.withJson(Examples.upstreamPerfEvidence(), ENVIRONMENT, node -> node.put("schema_version", 2)
                .put("os", "a shape this service does not know"));
        ValidationOutcome outcome = validate(later);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.bundle().host().environment()).isNull();
        assertThat(outcome.bundle().host().osName()).isEqualTo("Debian GNU/Linux 12 (bookworm)");
        var unversioned = Examples.withJson(Examples.upstreamPerfEvidence(), ENVIRONMENT, node -> node.remove("schema_version"));
        assertThat(validate(unversioned).problems()).extracting(Problem::field).containsExactly("/schema_version");
    }

    @Test
    void shouldRejectARowNameOrHostTooLongToBeAName() {
        var longName = Examples.withWorkloadRow(Examples.strictRun(), "stat_walk", row -> row.put("name", "s".repeat(247)));
        assertThat(validate(longName).problems()).extracting(Problem::artifact, Problem::field).contains(
                tuple(WORKLOAD_SUITE, "/benchmarks/3/name"));
        var longHost = Examples.withJson(Examples.strictRun(), CONNECT_BASELINE, node -> node.put("host", "h".repeat(256)));
        assertThat(validate(longHost).problems()).extracting(Problem::artifact, Problem::field, Problem::message)
                .containsExactly(tuple(CONNECT_BASELINE, "/host", "must be at most 255 printable characters, got 256 characters"));
    }

    @Test
    void shouldRejectAZeroBaselineP95BecauseTheRatioWouldDivideByIt() {
        var artifacts = Examples.withJson(Examples.strictRun(), OPEN_BASELINE,
                node -> node.put("p50_us", 0.0).put("p95_us", 0.0));
        assertThat(validate(artifacts).problems()).extracting(Problem::field).containsExactly("/p95_us");
    }

    @Test
    void shouldReportASoakPassThatContradictsItsBudgetsAsAFinding() {
        String soak = """
                {"duration_seconds":600,"workers":4,"rss_growth_kb":90000,"max_allowed_rss_growth_kb":65536,
                "max_ringbuf_drops_total":3,"max_allowed_drops":1000,"max_decision_events":5000,"min_total_decisions":100,
                "max_drop_ratio_pct":0.05,"max_allowed_drop_ratio_pct":0.1,"pass":true}""";
        var artifacts = Examples.with(Examples.strictRun(), SOAK_SUMMARY, soak.getBytes(StandardCharsets.UTF_8));
        assertThat(validate(artifacts).problems()).isEmpty();
        assertThat(validate(artifacts).findings()).extracting(Problem::artifact, Problem::field)
                .containsExactly(tuple(SOAK_SUMMARY, "/pass"));
    }

    @Test
    void shouldAllowExtraKeysSuchAsPerRoundFigures() {
        var artifacts = Examples.withJson(Examples.strictRun(), OPEN_BASELINE,
                node -> node.putArray("rounds").addObject().put("p95_us", 6.5));
        assertThat(validate(artifacts).problems()).isEmpty();
    }
}
