package io.benchwarden.runner.upload;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.benchwarden.contract.json.StrictJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sets a commit's status from the service's promotion answer: asks {@code GET {server}/api/v1/promotion?project=
 * &commit=} whether the commit may be promoted, then posts the answer through GitHub's commit-status API ({@code
 * POST {api}/repos/{repository}/statuses/{sha}}) under the context {@value #CONTEXT}.
 */
public final class CommitStatus {

    public static final String CONTEXT = "benchwarden/promotion";
    /** GitHub cuts a status description at 140 characters. */
    static final int DESCRIPTION_LIMIT = 140;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The service's answer: {@code {"promotable":bool,"classification":…,"reasons":[…]}}. */
    public record Promotion(boolean promotable, String classification, List<String> reasons) {

        /** awaiting_strict is not decided yet; anything else not promotable blocks. */
        public String state() {
            return "awaiting_strict".equals(classification) ? "pending" : promotable ? "success" : "failure";
        }

        /** The promotion line: the classification, then the reasons. */
        public String line() {
            String name = classification == null || classification.isBlank() ? (promotable ? "promotable" : "blocked")
                    : classification;
            return reasons.isEmpty() ? name : name + ": " + String.join("; ", reasons);
        }
    }

    public Promotion promotion(String server, String token, String project, String commit) throws IOException,
            InterruptedException {
        URI uri = URI.create(server.replaceAll("/+$", "") + "/api/v1/promotion?project=" + encode(project) + "&commit="
                + encode(commit));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode() + ": " + response.body().strip());
        }
        JsonNode json;
        try {
            json = StrictJson.mapper().readTree(response.body());
        }
        catch (JacksonException e) {
            throw new IOException(uri + " answered something that is not JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.path("promotable").isBoolean()) {
            throw new IOException(uri + " answered without a boolean 'promotable': " + response.body().strip());
        }
        List<String> reasons = new ArrayList<>();
        json.path("reasons").forEach(reason -> reasons.add(reason.asString()));
        JsonNode classification = json.path("classification");
        return new Promotion(json.get("promotable").booleanValue(), classification.isString() ? classification.stringValue()
                : null, List.copyOf(reasons));
    }

    /** Posts the status; {@code targetUrl} is the run's page. */
    public void publish(String apiUrl, String repository, String sha, String token, Promotion promotion, String targetUrl)
            throws IOException, InterruptedException {
        ObjectNode body = StrictJson.mapper().createObjectNode();
        body.put("state", promotion.state());
        if (targetUrl != null && !targetUrl.isBlank()) {
            body.put("target_url", targetUrl);
        }
        String line = promotion.line();
        body.put("description", line.length() > DESCRIPTION_LIMIT ? line.substring(0, DESCRIPTION_LIMIT - 1) + "…" : line);
        body.put("context", CONTEXT);
        URI uri = URI.create(apiUrl.replaceAll("/+$", "") + "/repos/" + repository + "/statuses/" + sha);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(StrictJson.mapper().writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 201) {
            throw new IOException(uri + " answered " + response.statusCode() + ": " + response.body().strip());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
