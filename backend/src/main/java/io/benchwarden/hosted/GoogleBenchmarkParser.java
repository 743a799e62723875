package io.benchwarden.hosted;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.benchwarden.contract.Problem;
import io.benchwarden.contract.json.StrictJson;
import tools.jackson.databind.JsonNode;

/**
 * Reads a Google Benchmark {@code --benchmark_format=json} report, with aggregate rows or plain repetitions, and
 * lists every problem at once instead of throwing: each names {@value #ARTIFACT}, a JSON pointer and the rule.
 * Absent optional keys get the defaults Google Benchmark itself uses: {@code time_unit} ns, {@code run_type}
 * aggregate when an {@code aggregate_name} is present, {@code run_name} the name without its aggregate suffix.
 */
public final class GoogleBenchmarkParser {

    public static final String ARTIFACT = "benchmark.json";
    public static final int MAX_NAME_LENGTH = 512;
    /** Far above any real suite; bounds the work and the problem list a hostile upload can cause. */
    public static final int MAX_ROWS = 10_000;

    private GoogleBenchmarkParser() {
    }

    public static Parsed<BenchmarkReport> parse(byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        Optional<JsonNode> root = StrictJson.object(ARTIFACT, bytes, problems);
        if (root.isEmpty()) {
            return Parsed.failed(problems);
        }
        JsonNode benchmarks = root.get().get("benchmarks");
        if (benchmarks == null || !benchmarks.isArray() || benchmarks.isEmpty()) {
            String found = benchmarks == null ? "it is missing" : benchmarks.isArray() ? "it is empty" : "it is not an array";
            problems.add(new Problem(ARTIFACT, "/benchmarks", "must be a non-empty array of benchmark rows; " + found));
            return Parsed.failed(problems);
        }
        if (benchmarks.size() > MAX_ROWS) {
            problems.add(new Problem(ARTIFACT, "/benchmarks",
                    "has " + benchmarks.size() + " rows; at most " + MAX_ROWS + " are accepted"));
            return Parsed.failed(problems);
        }
        List<BenchmarkRow> rows = new ArrayList<>();
        Map<String, Integer> aggregateNames = new HashMap<>();
        Map<List<String>, Integer> aggregateSeries = new HashMap<>();
        for (int i = 0; i < benchmarks.size(); i++) {
            String pointer = "/benchmarks/" + i;
            JsonNode node = benchmarks.get(i);
            if (!node.isObject()) {
                problems.add(new Problem(ARTIFACT, pointer, "must be an object describing one benchmark row"));
                continue;
            }
            BenchmarkRow row = new RowReader(pointer, node, problems).read();
            if (row == null) {
                continue;
            }
            if (row.runType() == BenchmarkRow.RunType.AGGREGATE) {
                Integer first = aggregateNames.putIfAbsent(row.name(), i);
                if (first != null) {
                    problems.add(new Problem(ARTIFACT, pointer + "/name", "\"" + row.name()
                            + "\" repeats the aggregate row /benchmarks/" + first + "; aggregate names must be unique"));
                }
                Integer sameSeries = aggregateSeries.putIfAbsent(List.of(row.runName(), row.aggregateName()), i);
                if (first == null && sameSeries != null) {
                    problems.add(new Problem(ARTIFACT, pointer + "/run_name", "\"" + row.runName() + "\" already has a "
                            + row.aggregateName() + " row at /benchmarks/" + sameSeries
                            + "; a series may have one row per aggregate"));
                }
            }
            rows.add(row);
        }
        return problems.isEmpty() ? Parsed.of(new BenchmarkReport(rows)) : Parsed.failed(problems);
    }
}
