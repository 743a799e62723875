package io.benchwarden.contract.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.benchwarden.contract.Problem;
import io.benchwarden.contract.json.FieldReader;
import io.benchwarden.contract.model.Comparison;
import tools.jackson.databind.JsonNode;

/**
 * Rules for {@code workload_suite.json}: a non-empty {@code benchmarks} array whose rows each pass the
 * comparison rules, with the four required rows present exactly once.
 */
final class WorkloadValidator {

    static final List<String> REQUIRED_ROWS = List.of("open_close", "connect_loopback", "full_read", "stat_walk");

    private WorkloadValidator() {
    }

    /** A row's name becomes part of its gate row's scenario ({@code workload_<name>}), so it is kept short. */
    static final int MAX_NAME_LENGTH = 128;

    static List<Comparison> validate(String artifact, JsonNode node, List<Problem> problems, List<Problem> findings) {
        int before = problems.size();
        JsonNode benchmarks = node.get("benchmarks");
        if (benchmarks == null) {
            problems.add(new Problem(artifact, "/benchmarks", "is missing (required key)"));
            return null;
        }
        if (!benchmarks.isArray() || benchmarks.isEmpty()) {
            problems.add(new Problem(artifact, "/benchmarks", "must be a non-empty array"));
            return null;
        }
        List<Comparison> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < benchmarks.size(); i++) {
            String pointer = "/benchmarks/" + i;
            JsonNode row = benchmarks.get(i);
            if (!row.isObject()) {
                problems.add(new Problem(artifact, pointer, "must be an object"));
                continue;
            }
            String name = new FieldReader(artifact, pointer, row, problems).nonEmptyString("name");
            if (name != null && (name.length() > MAX_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl))) {
                problems.add(new Problem(artifact, pointer + "/name", "must be at most " + MAX_NAME_LENGTH
                        + " printable characters, got " + name.length() + " characters"));
                name = null;
            }
            else if (name != null && !seen.add(name)) {
                problems.add(new Problem(artifact, pointer + "/name",
                        "duplicates row \"" + name + "\"; each benchmark row must appear once"));
            }
            String rowName = name != null ? name : "row " + i;
            Comparison comparison = ComparisonValidator.validate(artifact, pointer, row, rowName, false, problems, findings);
            if (comparison != null) {
                rows.add(comparison);
            }
        }
        List<String> missing = REQUIRED_ROWS.stream().filter(required -> !seen.contains(required)).toList();
        if (!missing.isEmpty()) {
            problems.add(new Problem(artifact, "/benchmarks",
                    "is missing required rows: " + String.join(", ", missing)));
        }
        return problems.size() > before ? null : List.copyOf(rows);
    }
}
