package io.benchwarden.contract.validation;

import java.util.List;

import io.benchwarden.contract.Problem;
import io.benchwarden.contract.model.EnvironmentFacts;
import tools.jackson.databind.JsonNode;

/**
 * Rules for {@code environment.json}: an object with an integer {@code schema_version}. Version 1 is read — every
 * fact optional, but a fact that is there must have its type; keys this version does not name are ignored. A later
 * version is stored as uploaded and not read, so a workflow that moves on never breaks uploads.
 */
final class EnvironmentValidator {

    static final int SCHEMA_VERSION = 1;
    private static final int MAX_TEXT = 255;

    private EnvironmentValidator() {
    }

    /** @return the facts, or null when there are problems or the version is not one this reads */
    static EnvironmentFacts validate(String artifact, JsonNode node, List<Problem> problems) {
        JsonNode version = node.get("schema_version");
        if (version == null || !version.isIntegralNumber() || version.asLong() < 1) {
            problems.add(new Problem(artifact, "/schema_version", "must be a positive integer (this service reads "
                    + SCHEMA_VERSION + "), got " + (version == null ? "nothing" : version.toString())));
            return null;
        }
        if (version.asLong() != SCHEMA_VERSION) {
            return null;
        }
        int before = problems.size();
        Reader read = new Reader(artifact, node, problems, new java.util.HashSet<>());
        EnvironmentFacts facts = new EnvironmentFacts(read.text("host", "hostname"), read.text("host", "architecture"),
                read.text("host", "kernel_release"), read.text("host", "kernel_version"), read.text("os", "id"),
                read.text("os", "pretty_name"), read.text("os", "version_id"), read.text("cpu", "model"),
                read.count("cpu", "logical_cores"), read.wholeNumber("memory", "mem_total_kib"),
                read.text("filesystem", "tmp_type"), read.wholeNumber(null, "generated_at_unix"));
        return problems.size() > before ? null : facts;
    }

    /** @param misshapen sections already reported as not being objects, so each is reported once */
    private record Reader(String artifact, JsonNode node, List<Problem> problems, java.util.Set<String> misshapen) {

        private JsonNode value(String section, String key) {
            if (section == null) {
                return node.get(key);
            }
            JsonNode group = node.get(section);
            if (group == null || group.isNull()) {
                return null;
            }
            if (!group.isObject()) {
                if (misshapen.add(section)) {
                    problems.add(new Problem(artifact, "/" + section, "must be an object"));
                }
                return null;
            }
            return group.get(key);
        }

        private String pointer(String section, String key) {
            return (section == null ? "" : "/" + section) + "/" + key;
        }

        String text(String section, String key) {
            JsonNode value = value(section, key);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isString()) {
                problems.add(new Problem(artifact, pointer(section, key), "must be a string"));
                return null;
            }
            String text = value.stringValue();
            if (text.length() > MAX_TEXT || text.chars().anyMatch(Character::isISOControl)) {
                problems.add(new Problem(artifact, pointer(section, key),
                        "must be at most " + MAX_TEXT + " printable characters"));
                return null;
            }
            return text;
        }

        Long wholeNumber(String section, String key) {
            JsonNode value = value(section, key);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
                problems.add(new Problem(artifact, pointer(section, key), "must be a non-negative integer"));
                return null;
            }
            return value.asLong();
        }

        Integer count(String section, String key) {
            Long value = wholeNumber(section, key);
            if (value != null && value > Integer.MAX_VALUE) {
                problems.add(new Problem(artifact, pointer(section, key), "is not a plausible count"));
                return null;
            }
            return value == null ? null : value.intValue();
        }
    }
}
