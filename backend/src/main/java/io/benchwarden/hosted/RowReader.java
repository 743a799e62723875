package io.benchwarden.hosted;

import java.util.List;
import java.util.Optional;

import io.benchwarden.contract.Problem;
import io.benchwarden.contract.json.FieldReader;
import tools.jackson.databind.JsonNode;

/** Reads the fields of one benchmark row; returns {@code null} after recording problems when any is malformed. */
final class RowReader {

    private final FieldReader fields;
    private final JsonNode node;
    private final List<Problem> problems;

    RowReader(String pointer, JsonNode node, List<Problem> problems) {
        this.fields = new FieldReader(GoogleBenchmarkParser.ARTIFACT, pointer, node, problems);
        this.node = node;
        this.problems = problems;
    }

    BenchmarkRow read() {
        int problemsBefore = problems.size();
        String name = boundedName("name", fields.nonEmptyString("name"));
        String aggregateName = optionalString("aggregate_name");
        BenchmarkRow.RunType runType = runType(aggregateName);
        if (runType == BenchmarkRow.RunType.AGGREGATE && !node.has("aggregate_name")) {
            fields.problem("aggregate_name", "is missing; it is required when run_type is \"aggregate\"");
        }
        String runName = boundedName("run_name", optionalString("run_name"));
        Double realTime = fields.nonNegative("real_time");
        Double cpuTime = fields.nonNegative("cpu_time");
        BenchmarkTimeUnit timeUnit = timeUnit();
        Long iterations = node.has("iterations") ? fields.positiveInteger("iterations") : null;
        boolean errorOccurred = node.has("error_occurred") && Boolean.TRUE.equals(fields.bool("error_occurred"));
        if (problems.size() > problemsBefore) {
            return null;
        }
        if (runName == null) {
            runName = withoutSuffix(name, aggregateName);
        }
        return new BenchmarkRow(name, runName, runType, aggregateName, realTime, cpuTime, timeUnit, iterations,
                errorOccurred);
    }

    private BenchmarkRow.RunType runType(String aggregateName) {
        String runType = optionalString("run_type");
        if (runType == null) {
            return aggregateName == null ? BenchmarkRow.RunType.ITERATION : BenchmarkRow.RunType.AGGREGATE;
        }
        return switch (runType) {
            case "iteration" -> BenchmarkRow.RunType.ITERATION;
            case "aggregate" -> BenchmarkRow.RunType.AGGREGATE;
            default -> {
                fields.problem("run_type", "must be \"iteration\" or \"aggregate\", got \"" + abbreviate(runType) + "\"");
                yield BenchmarkRow.RunType.ITERATION;
            }
        };
    }

    private BenchmarkTimeUnit timeUnit() {
        String unit = optionalString("time_unit");
        if (unit == null) {
            return BenchmarkTimeUnit.NS;
        }
        Optional<BenchmarkTimeUnit> known = BenchmarkTimeUnit.fromWireName(unit);
        if (known.isEmpty()) {
            fields.problem("time_unit", "must be one of ns, us, ms, s, got \"" + abbreviate(unit) + "\"");
            return BenchmarkTimeUnit.NS;
        }
        return known.get();
    }

    /** A key that may be absent; when present it must be a non-empty string. */
    private String optionalString(String key) {
        if (!node.has(key)) {
            return null;
        }
        return fields.nonEmptyString(key);
    }

    private String boundedName(String key, String value) {
        if (value != null && value.length() > GoogleBenchmarkParser.MAX_NAME_LENGTH) {
            fields.problem(key, "is " + value.length() + " characters long; at most "
                    + GoogleBenchmarkParser.MAX_NAME_LENGTH + " are accepted");
            return null;
        }
        return value;
    }

    private static String withoutSuffix(String name, String aggregateName) {
        String suffix = "_" + aggregateName;
        return aggregateName != null && name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
