package io.benchwarden.runner.upload;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.benchwarden.contract.json.StrictJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * POSTs a bundle to {@code {server}/api/v1/runs}. Network errors and 5xx are retried with exponential backoff
 * (the service may be restarting); 4xx is the service's considered answer and is returned at once.
 */
public final class RunUploader {

    private final URI endpoint;
    private final String token;
    private final int attempts;
    private final Duration baseDelay;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public RunUploader(String server, String token, int attempts, Duration baseDelay) {
        this.endpoint = URI.create(server.replaceAll("/+$", "") + "/api/v1/runs");
        this.token = token;
        this.attempts = Math.max(1, attempts);
        this.baseDelay = baseDelay;
    }

    public UploadOutcome upload(Map<String, byte[]> artifacts, UploadMetadata metadata) throws InterruptedException {
        MultipartBody body = MultipartBody.of(metadata.formFields(), artifacts);
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", body.contentType())
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build();
        String lastFailure = "no attempt made";
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                Thread.sleep(baseDelay.toMillis() << (attempt - 2));
            }
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return accepted(status, response.body());
                }
                if (status >= 400 && status < 500) {
                    return new UploadOutcome.Rejected(status, errors(response.body()));
                }
                lastFailure = endpoint + " answered " + status;
            }
            catch (IOException e) {
                lastFailure = endpoint + ": " + e.getClass().getSimpleName()
                        + (e.getMessage() != null ? " " + e.getMessage() : "");
            }
        }
        return new UploadOutcome.Unreachable(lastFailure + " (after " + attempts + " attempt(s))");
    }

    private static UploadOutcome.Accepted accepted(int status, String body) {
        JsonNode json = parse(body);
        return new UploadOutcome.Accepted(status, text(json.path("id")), text(json.path("url")),
                text(json.path("strict").path("status")));
    }

    /** The service's {@code {"errors":[{"artifact","field","message"}]}} as lines like the validator prints. */
    static List<String> errors(String body) {
        JsonNode json = parse(body);
        List<String> errors = new ArrayList<>();
        for (JsonNode error : json.path("errors")) {
            String field = text(error.path("field"));
            errors.add(text(error.path("artifact")) + ": " + (field.isEmpty() ? "" : field + " ") + text(error.path("message")));
        }
        if (errors.isEmpty()) {
            errors.add(body == null || body.isBlank() ? "(no error details in the response)" : body.strip());
        }
        return errors;
    }

    private static JsonNode parse(String body) {
        try {
            return StrictJson.mapper().readTree(body == null || body.isBlank() ? "{}" : body);
        }
        catch (JacksonException e) {
            return StrictJson.mapper().createObjectNode();
        }
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? "" : node.asString();
    }
}
