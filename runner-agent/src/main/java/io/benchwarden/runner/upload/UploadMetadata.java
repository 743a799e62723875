package io.benchwarden.runner.upload;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** The form fields sent with a bundle; {@code null} fields are left out of the request. */
public record UploadMetadata(String project, String branch, String commit, String runner, String ciRunId,
        String startedAt) {

    public Map<String, String> formFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "project", project);
        put(fields, "branch", branch);
        put(fields, "commit", commit);
        put(fields, "runner", runner);
        put(fields, "ci_run_id", ciRunId);
        put(fields, "started_at", startedAt);
        return fields;
    }

    public Properties toProperties() {
        Properties properties = new Properties();
        properties.putAll(formFields());
        return properties;
    }

    public static UploadMetadata fromProperties(Properties properties) {
        return new UploadMetadata(properties.getProperty("project"), properties.getProperty("branch"),
                properties.getProperty("commit"), properties.getProperty("runner"), properties.getProperty("ci_run_id"),
                properties.getProperty("started_at"));
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isEmpty()) {
            fields.put(name, value);
        }
    }
}
