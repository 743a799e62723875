package io.benchwarden.hosted;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.benchwarden.contract.Problem;

class GoogleBenchmarkParserTests {

    @Test
    void shouldReadEveryRowOfTheRealExample() {
        BenchmarkReport report = HostedExamples.report(HostedExamples.benchmarkJson());

        assertThat(report.rows()).hasSize(28);
        assertThat(report.hasAggregates()).isTrue();
        assertThat(report.rows().stream().filter(BenchmarkRow::isMeanAggregate)).hasSize(7);
        BenchmarkRow first = report.rows().get(0);
        assertThat(first.name()).isEqualTo("BM_PathKeyHash_mean");
        assertThat(first.runName()).isEqualTo("BM_PathKeyHash");
        assertThat(first.aggregateName()).isEqualTo("mean");
        assertThat(first.realTime()).isEqualTo(1.1123193213667301e+01);
        assertThat(first.cpuTime()).isEqualTo(1.0966145176821490e+01);
        assertThat(first.timeUnit()).isEqualTo(BenchmarkTimeUnit.NS);
        assertThat(first.iterations()).isEqualTo(12L);
    }

    @Test
    void shouldDefaultTimeUnitToNanosecondsAndRunTypeToIterationWhenAbsent() {
        BenchmarkRow row = single("{\"name\": \"BM_A\", \"real_time\": 70, \"cpu_time\": 60}");

        assertThat(row.timeUnit()).isEqualTo(BenchmarkTimeUnit.NS);
        assertThat(row.runType()).isEqualTo(BenchmarkRow.RunType.ITERATION);
        assertThat(row.runName()).isEqualTo("BM_A");
        assertThat(row.iterations()).isNull();
    }

    @Test
    void shouldDeriveRunNameFromAnAggregateNameWithoutRunName() {
        BenchmarkRow row = single("{\"name\": \"BM_A/8_mean\", \"aggregate_name\": \"mean\", \"real_time\": 70,"
                + " \"cpu_time\": 60}");

        assertThat(row.runType()).isEqualTo(BenchmarkRow.RunType.AGGREGATE);
        assertThat(row.runName()).isEqualTo("BM_A/8");
    }

    @Test
    void shouldConvertMicroMilliAndSecondsToNanoseconds() {
        assertThat(single(row("BM_A", 1.5, "us")).realTimeNs()).isEqualTo(1_500.0);
        assertThat(single(row("BM_A", 2.0, "ms")).realTimeNs()).isEqualTo(2_000_000.0);
        assertThat(single(row("BM_A", 3.0, "s")).realTimeNs()).isEqualTo(3_000_000_000.0);
        assertThat(single(row("BM_A", 2.0, "ms")).cpuTimeNs()).isEqualTo(2_000_000.0);
    }

    @Test
    void shouldRejectNaNBecauseItIsNotJson() {
        List<Problem> problems = problems("{\"benchmarks\": [{\"name\": \"BM_A\", \"real_time\": NaN, \"cpu_time\": 1}]}");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.artifact()).isEqualTo("benchmark.json");
            assertThat(problem.field()).isEmpty();
            assertThat(problem.message()).startsWith("is not valid JSON");
        });
    }

    @Test
    void shouldRejectTruncatedJson() {
        String whole = new String(HostedExamples.benchmarkJson(), java.nio.charset.StandardCharsets.UTF_8);

        List<Problem> problems = problems(whole.substring(0, whole.length() / 2));

        assertThat(problems).singleElement().extracting(Problem::message).asString().startsWith("is not valid JSON");
    }

    @Test
    void shouldRejectNegativeTimeNamingTheRowAndField() {
        List<Problem> problems = problems("{\"benchmarks\": [" + row("BM_A", 5, "ns") + ", " + row("BM_B", -1, "ns") + "]}");

        assertThat(problems).containsExactly(
                new Problem("benchmark.json", "/benchmarks/1/real_time", "must not be negative, got -1.0"),
                new Problem("benchmark.json", "/benchmarks/1/cpu_time", "must not be negative, got -1.0"));
    }

    @Test
    void shouldListEveryProblemOfEveryRowAtOnce() {
        List<Problem> problems = problems("""
                {"benchmarks": [
                  {"real_time": 1, "cpu_time": 1},
                  {"name": "BM_B", "real_time": "fast", "cpu_time": true},
                  {"name": "BM_C", "real_time": 1, "cpu_time": 1, "iterations": 0},
                  {"name": "BM_D", "real_time": 1, "cpu_time": 1, "time_unit": "min"},
                  {"name": "BM_E_mean", "run_type": "aggregate", "real_time": 1, "cpu_time": 1},
                  {"name": 7, "run_type": "warmup", "real_time": 1, "cpu_time": 1, "iterations": 2.5},
                  "BM_G"
                ]}
                """);

        assertThat(problems).extracting(Problem::field).containsExactly(
                "/benchmarks/0/name",
                "/benchmarks/1/real_time",
                "/benchmarks/1/cpu_time",
                "/benchmarks/2/iterations",
                "/benchmarks/3/time_unit",
                "/benchmarks/4/aggregate_name",
                "/benchmarks/5/name",
                "/benchmarks/5/run_type",
                "/benchmarks/5/iterations",
                "/benchmarks/6");
        assertThat(problems).extracting(Problem::message).containsExactly(
                "is missing (required key)",
                "must be numeric, got a string",
                "must be numeric, got a boolean",
                "must be a positive integer, got 0",
                "must be one of ns, us, ms, s, got \"min\"",
                "is missing; it is required when run_type is \"aggregate\"",
                "must be a non-empty string, got a number",
                "must be \"iteration\" or \"aggregate\", got \"warmup\"",
                "must be an integer, got a number 2.5",
                "must be an object describing one benchmark row");
        assertThat(problems).extracting(Problem::artifact).containsOnly("benchmark.json");
    }

    @Test
    void shouldRequireANonEmptyBenchmarksArrayInATopLevelObject() {
        assertThat(problems("[]")).extracting(Problem::message).containsExactly("expected a top-level JSON object");
        assertThat(problems("{\"context\": {}}")).containsExactly(new Problem("benchmark.json", "/benchmarks",
                "must be a non-empty array of benchmark rows; it is missing"));
        assertThat(problems("{\"benchmarks\": []}")).extracting(Problem::message)
                .containsExactly("must be a non-empty array of benchmark rows; it is empty");
        assertThat(problems("{\"benchmarks\": {}}")).extracting(Problem::message)
                .containsExactly("must be a non-empty array of benchmark rows; it is not an array");
        assertThat(problems("")).extracting(Problem::message).containsExactly("is empty; expected a JSON object");
    }

    @Test
    void shouldRejectDuplicateKeysInARow() {
        List<Problem> problems = problems("{\"benchmarks\": [{\"name\": \"BM_A\", \"name\": \"BM_B\", \"real_time\": 1,"
                + " \"cpu_time\": 1}]}");

        assertThat(problems).singleElement().extracting(Problem::message).asString().contains("Duplicate Object property \"name\"");
    }

    @Test
    void shouldRejectAggregateRowsThatRepeatANameOrASeriesAggregate() {
        List<Problem> problems = problems("{\"benchmarks\": [" + aggregate("BM_A_mean", "BM_A", "mean") + ", "
                + aggregate("BM_A_mean", "BM_A", "mean") + ", " + aggregate("BM_B_mean", "BM_A", "mean") + "]}");

        assertThat(problems).containsExactly(
                new Problem("benchmark.json", "/benchmarks/1/name",
                        "\"BM_A_mean\" repeats the aggregate row /benchmarks/0; aggregate names must be unique"),
                new Problem("benchmark.json", "/benchmarks/2/run_name",
                        "\"BM_A\" already has a mean row at /benchmarks/0; a series may have one row per aggregate"));
    }

    @Test
    void shouldAcceptRepeatedNamesForPlainRepetitions() {
        Parsed<BenchmarkReport> parsed = parse("{\"benchmarks\": [" + row("BM_A", 60, "ns") + ", " + row("BM_A", 70, "ns")
                + "]}");

        assertThat(parsed.isValid()).isTrue();
        assertThat(parsed.value().orElseThrow().rows()).hasSize(2);
    }

    @Test
    void shouldRejectNamesLongerThan512Characters() {
        String name = "BM_" + "x".repeat(600);

        List<Problem> problems = problems("{\"benchmarks\": [" + row(name, 60, "ns") + "]}");

        assertThat(problems).containsExactly(new Problem("benchmark.json", "/benchmarks/0/name",
                "is 603 characters long; at most 512 are accepted"));
    }

    @Test
    void shouldRejectBytesThatAreNotUtf8() {
        Parsed<BenchmarkReport> parsed = GoogleBenchmarkParser.parse(new byte[] { '{', (byte) 0xC3, '}' });

        assertThat(parsed.problems()).extracting(Problem::message).containsExactly("is not valid UTF-8 text");
    }

    static String row(String name, double realTime, String unit) {
        return "{\"name\": \"" + name + "\", \"run_type\": \"iteration\", \"real_time\": " + realTime
                + ", \"cpu_time\": " + realTime + ", \"time_unit\": \"" + unit + "\", \"iterations\": 1000}";
    }

    static String aggregate(String name, String runName, String aggregateName) {
        return "{\"name\": \"" + name + "\", \"run_name\": \"" + runName + "\", \"run_type\": \"aggregate\","
                + " \"aggregate_name\": \"" + aggregateName + "\", \"real_time\": 100, \"cpu_time\": 90}";
    }

    private static BenchmarkRow single(String row) {
        return HostedExamples.report(("{\"benchmarks\": [" + row + "]}").getBytes(StandardCharsets.UTF_8)).rows().get(0);
    }

    private static Parsed<BenchmarkReport> parse(String json) {
        return GoogleBenchmarkParser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Problem> problems(String json) {
        Parsed<BenchmarkReport> parsed = parse(json);
        assertThat(parsed.isValid()).as("expected problems for %s", json).isFalse();
        return parsed.problems();
    }
}
