package io.benchwarden.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.runner.upload.MultipartBody;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Full application on a random port against the embedded PostgreSQL, talked to over real HTTP. One data
 * directory per test JVM; tests keep out of each other's way by using projects of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTestSupport {

    public static final String TOKEN = "test-upload-token-0123456789";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    private static final Path DATA_DIR = createDataDir();
    private static final AtomicInteger PROJECTS = new AtomicInteger();

    protected final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("benchwarden.data-dir", DATA_DIR::toString);
        registry.add("benchwarden.api-token", () -> TOKEN);
        registry.add("benchwarden.admin-password", () -> ADMIN_PASSWORD);
        registry.add("benchwarden.demo", () -> "false");
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("benchwarden-test");
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A project name no other test uses. */
    protected static String newProject(String stem) {
        return stem + "-" + PROJECTS.incrementAndGet() + "-" + ProcessHandle.current().pid();
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public record Reply(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            return StrictJson.mapper().readTree(body);
        }

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), java.util.List.of()).stream()
                    .findFirst().orElse(null);
        }

        /** The whole {@code Set-Cookie} line that sets this cookie, attributes included, or null. */
        public String setCookie(String cookie) {
            return headers.getOrDefault("set-cookie", java.util.List.of()).stream()
                    .filter(line -> line.startsWith(cookie + "=")).findFirst().orElse(null);
        }
    }

    protected Reply upload(MultipartBody body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/runs"))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    /**
     * An upload as a CI job makes it: on branch main and a commit of its own project unless the test says otherwise
     * (the service requires both; tests of that pass an explicit empty value).
     */
    protected Reply upload(Map<String, byte[]> artifacts, Map<String, String> fields) {
        return upload(MultipartBody.of(withCiDefaults(fields), artifacts), TOKEN);
    }

    protected static Map<String, String> withCiDefaults(Map<String, String> fields) {
        return Bundles.ciFields(fields);
    }

    protected Reply uploadHosted(byte[] benchmarkJson, Map<String, String> fields) {
        MultipartBody body = MultipartBody.of(withCiDefaults(fields), Map.of("benchmark.json", benchmarkJson));
        return send(HttpRequest.newBuilder(uri("/api/v1/hosted-runs"))
                .header("Content-Type", body.contentType()).header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build());
    }

    protected Reply postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    protected Reply asAdmin(String method, String path, String json) {
        String basic = java.util.Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + basic)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    protected Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    protected Reply send(HttpRequest request) {
        return exchange(http, request);
    }

    /** One request and its whole answer, for tests that need a client of their own (cookies, TLS). */
    public static Reply exchange(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** Two hosted runs on main, the second with BM_ParsePolicy 30 % slower: returns the id of the alert it opens. */
    protected long hostedAlertIn(String project) {
        uploadHosted(Examples.hostedBenchmark(), Map.of("project", project,
                "branch", "main", "commit", "c0c0c0c", "started_at", "2026-11-01T00:00:00Z"));
        uploadHosted(Examples.hostedScaled("BM_ParsePolicy_mean", 1.3), Map.of(
                "project", project, "branch", "main", "commit", "c1c1c1c", "started_at", "2026-11-01T01:00:00Z"));
        return jdbc.sql("SELECT a.id FROM alert a JOIN project p ON p.id = a.project_id WHERE p.name = ?")
                .param(project).query(Long.class).single();
    }

    protected long runsOf(String project) {
        return jdbc.sql("SELECT count(*) FROM strict_run r JOIN project p ON p.id = r.project_id WHERE p.name = ?")
                .param(project).query(Long.class).single();
    }
}
