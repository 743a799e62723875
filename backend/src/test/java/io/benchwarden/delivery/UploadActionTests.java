package io.benchwarden.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.contract.json.StrictJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Runs the upload action's script for real, with bash and curl, against a local fake Benchwarden and a local fake
 * GitHub API: the parts it sends, the outputs it writes, its exit codes, its annotations and the commit status.
 */
class UploadActionTests {

    private static final String TOKEN = "bw_test_upload_token";
    private static final String GITHUB_TOKEN = "ghs_test_status_token";
    private static final String SHA = "0123456789abcdef0123456789abcdef01234567";
    private static final Pattern PART = Pattern.compile("Content-Disposition: form-data; name=\"([^\"]+)\"");

    record Request(String method, String target, Map<String, String> headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    record Answer(int status, String body) {
    }

    /** One local HTTP server answering each path with a fixed answer and recording every request. */
    static final class FakeServer implements AutoCloseable {

        final List<Request> requests = new CopyOnWriteArrayList<>();
        final Map<String, Answer> answers = new HashMap<>();
        private final HttpServer server;

        FakeServer() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                Map<String, String> headers = new HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(
                        name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers, body));
                Answer answer = answers.getOrDefault(exchange.getRequestURI().getPath(), new Answer(404, "{}"));
                byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(answer.status(), bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        Request only(String path) {
            List<Request> matching = requests.stream().filter(r -> r.target().startsWith(path)).toList();
            assertThat(matching).as("requests to " + path).hasSize(1);
            return matching.get(0);
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    record Result(int exitCode, String log, Map<String, String> outputs, String summary) {
    }

    @TempDir
    Path temp;

    private FakeServer benchwarden;
    private FakeServer github;
    private Path artifacts;

    @BeforeEach
    void startFakesAndCopyTheArtifacts() throws IOException {
        benchwarden = new FakeServer();
        github = new FakeServer();
        github.answers.put("/repos/owner/agent/statuses/" + SHA, new Answer(201, "{\"id\":1}"));
        artifacts = Files.createDirectories(temp.resolve("artifacts/perf"));
        for (Map.Entry<String, byte[]> artifact : Examples.strictRun().entrySet()) {
            Files.write(artifacts.resolve(artifact.getKey()), artifact.getValue());
        }
        // A file the contract does not know, as the agent's workflow adds them, and the runner's own sidecar.
        Files.writeString(artifacts.resolve("environment.json"), "{\"schema_version\":1}\n");
        Files.writeString(artifacts.resolve("run-metadata.json"),
                "{\"schema_version\":1,\"started_at\":\"2026-11-30T03:00:00Z\",\"finished_at\":\"2026-11-30T03:20:00Z\"}\n");
    }

    @AfterEach
    void stopFakes() {
        benchwarden.close();
        github.close();
    }

    private static Path script() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path script = dir.resolve(".github/actions/benchwarden-upload/upload.sh");
            if (Files.isRegularFile(script)) {
                return script;
            }
        }
        throw new IllegalStateException("no .github/actions/benchwarden-upload/upload.sh above the working directory");
    }

    /** The script as a workflow step runs it: the action's BW_* inputs plus what GitHub Actions sets. */
    private Result run(Map<String, String> inputs) throws IOException, InterruptedException {
        Path outputs = temp.resolve("github-output");
        Path summary = temp.resolve("step-summary");
        Files.deleteIfExists(outputs);
        Files.deleteIfExists(summary);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("HOME", temp.toString());
        env.put("RUNNER_TEMP", temp.toString());
        env.put("GITHUB_OUTPUT", outputs.toString());
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        env.put("GITHUB_API_URL", github.url());
        env.put("GITHUB_REPOSITORY", "owner/agent");
        env.put("GITHUB_SHA", SHA);
        env.put("GITHUB_REF_NAME", "main");
        env.put("GITHUB_RUN_ID", "99");
        env.put("GITHUB_RUN_ATTEMPT", "2");
        env.put("RUNNER_NAME", "perf-host-1");
        env.put("BW_SERVER", benchwarden.url() + "/");
        env.put("BW_TOKEN", TOKEN);
        env.put("BW_PROJECT", "aegis");
        env.put("BW_DIR", artifacts.toString());
        env.putAll(inputs);
        ProcessBuilder builder = new ProcessBuilder("bash", script().toString()).redirectErrorStream(true);
        // Only what a step gets: nothing of this machine's own CI variables may leak in.
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the script ends").isTrue();
        Map<String, String> written = new LinkedHashMap<>();
        if (Files.exists(outputs)) {
            for (String line : Files.readAllLines(outputs)) {
                int equals = line.indexOf('=');
                written.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return new Result(process.exitValue(), log, written, Files.exists(summary) ? Files.readString(summary) : "");
    }

    private void answerUpload(String body) {
        benchwarden.answers.put("/api/v1/runs", new Answer(201, body));
    }

    private static Set<String> partNames(Request request) {
        Set<String> names = new LinkedHashSet<>();
        Matcher part = PART.matcher(new String(request.body(), StandardCharsets.ISO_8859_1));
        while (part.find()) {
            names.add(part.group(1));
        }
        return names;
    }

    private JsonNode statusBody() {
        return StrictJson.mapper().readTree(github.only("/repos/").text());
    }

    @Test
    void shouldUploadEveryFileOfTheDirectoryAsAPartAndWriteTheOutputsWithAnAbsoluteRunUrl() throws Exception {
        answerUpload("{\"id\":7,\"url\":\"/runs/7\",\"strict\":{\"status\":\"pass\",\"rows\":[]}}");

        Result result = run(Map.of());

        assertThat(result.exitCode()).as(result.log()).isZero();
        assertThat(result.outputs()).containsEntry("run-id", "7").containsEntry("run-url", benchwarden.url() + "/runs/7")
                .containsEntry("status", "pass").containsEntry("result", "stored");
        Request upload = benchwarden.only("/api/v1/runs");
        assertThat(upload.method()).isEqualTo("POST");
        assertThat(upload.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        List<String> files = new ArrayList<>();
        try (Stream<Path> listed = Files.list(artifacts)) {
            listed.map(file -> file.getFileName().toString()).filter(name -> !name.equals("run-metadata.json"))
                    .forEach(files::add);
        }
        assertThat(files).hasSize(11).contains("environment.json");
        assertThat(partNames(upload)).containsExactlyInAnyOrderElementsOf(Stream.concat(files.stream(),
                Stream.of("project", "branch", "commit", "ci_run_id", "runner", "started_at")).toList());
        String body = upload.text();
        assertThat(body).contains(Files.readString(artifacts.resolve("open_compare.json")))
                .containsPattern("name=\"commit\"\\r\\n\\r\\n" + SHA + "\\r\\n")
                .containsPattern("name=\"branch\"\\r\\n\\r\\nmain\\r\\n")
                .containsPattern("name=\"ci_run_id\"\\r\\n\\r\\nowner/agent/99/2\\r\\n")
                .containsPattern("name=\"runner\"\\r\\n\\r\\nperf-host-1\\r\\n")
                .containsPattern("name=\"started_at\"\\r\\n\\r\\n2026-11-30T03:00:00Z\\r\\n");
        assertThat(result.summary()).contains("Benchwarden: strict run [7](" + benchwarden.url() + "/runs/7)")
                .contains("Strict gate: **PASS**");
        assertThat(github.requests).isEmpty();
    }

    @Test
    void shouldFailTheStepWhenTheStoredRunsGateFailedUnlessToldNotTo() throws Exception {
        answerUpload("{\"id\":8,\"url\":\"https://perf.example.com/runs/8\",\"strict\":{\"status\":\"fail\"}}");

        Result failing = run(Map.of());
        Result kept = run(Map.of("BW_FAIL_ON_GATE", "false"));

        assertThat(failing.exitCode()).as(failing.log()).isEqualTo(1);
        assertThat(failing.outputs()).containsEntry("run-id", "8").containsEntry("run-url", "https://perf.example.com/runs/8")
                .containsEntry("status", "fail").containsEntry("result", "stored");
        assertThat(failing.log()).contains("::error title=Strict perf gate::the gate failed for run 8");
        assertThat(kept.exitCode()).as(kept.log()).isZero();
        assertThat(kept.outputs()).containsEntry("status", "fail");
        assertThat(kept.log()).contains("::warning title=Benchwarden upload::the strict gate failed for run 8");
    }

    @Test
    void shouldEmitAWarningForEachWarningOfAHostedAnswer() throws Exception {
        Path bench = Files.createDirectories(temp.resolve("bench"));
        Files.write(bench.resolve("benchmark.json"), Examples.hostedBenchmark());
        benchwarden.answers.put("/api/v1/hosted-runs", new Answer(201, """
                {"id": 3, "url": "/hosted-runs/3", "compared": [], "warnings": [
                  "every focus-matching series is under 50 ns, 100% of them \\"filtered\\"",
                  {"message": "caf\\u0065 on\\nline two"}]}"""));

        Result result = run(Map.of("BW_KIND", "hosted", "BW_DIR", bench.toString()));

        assertThat(result.exitCode()).as(result.log()).isZero();
        assertThat(result.log().lines().filter(line -> line.startsWith("::warning")).toList()).containsExactly(
                "::warning title=Benchwarden::every focus-matching series is under 50 ns, 100%25 of them \"filtered\"",
                "::warning title=Benchwarden::cafe on line two");
        assertThat(result.outputs()).containsEntry("run-id", "3")
                .containsEntry("run-url", benchwarden.url() + "/hosted-runs/3").containsEntry("status", "");
        Request upload = benchwarden.only("/api/v1/hosted-runs");
        assertThat(partNames(upload)).containsExactlyInAnyOrder("project", "branch", "commit", "ci_run_id",
                "benchmark.json");
        assertThat(Files.readString(Path.of(result.outputs().get("response-file")))).contains("\"id\": 3");
    }

    @Test
    void shouldSetTheCommitStatusFromThePromotionAnswerAndWriteItsLineToTheSummary() throws Exception {
        answerUpload("{\"id\":9,\"url\":\"/runs/9\",\"strict\":{\"status\":\"pass\"}}");
        String reason = "the strict run #9 failed audit_mode_connect/p95_ratio (1.2875 over its budget <= 1.0500)";
        benchwarden.answers.put("/api/v1/promotion", new Answer(200, "{\"promotable\":false,\"classification\":"
                + "\"confirmed_regression\",\"reasons\":[\"" + reason + "\",\"hosted alert on BM_ParsePolicy\"]}"));

        Result result = run(Map.of("BW_COMMIT_STATUS", "true", "BW_GITHUB_TOKEN", GITHUB_TOKEN));

        assertThat(result.exitCode()).as(result.log()).isZero();
        Request promotion = benchwarden.only("/api/v1/promotion");
        assertThat(promotion.method()).isEqualTo("GET");
        assertThat(promotion.target()).isEqualTo("/api/v1/promotion?project=aegis&commit=" + SHA);
        Request status = github.only("/repos/");
        assertThat(status.method()).isEqualTo("POST");
        assertThat(status.target()).isEqualTo("/repos/owner/agent/statuses/" + SHA);
        assertThat(status.header("Authorization")).isEqualTo("Bearer " + GITHUB_TOKEN);
        assertThat(status.header("Accept")).isEqualTo("application/vnd.github+json");
        assertThat(status.header("Content-Type")).isEqualTo("application/json");
        String line = "confirmed_regression: " + reason + "; hosted alert on BM_ParsePolicy";
        JsonNode body = statusBody();
        assertThat(body.get("state").stringValue()).isEqualTo("failure");
        assertThat(body.get("context").stringValue()).isEqualTo("benchwarden/promotion");
        // GitHub keeps 140 characters: the line is cut at 139 and marked
        assertThat(line).hasSizeGreaterThan(140);
        assertThat(body.get("description").stringValue()).isEqualTo(line.substring(0, 139) + "…");
        assertThat(body.get("target_url").stringValue()).isEqualTo(benchwarden.url() + "/runs/9");
        assertThat(result.outputs()).containsEntry("promotion", line);
        assertThat(result.summary()).contains("Benchwarden promotion of " + SHA + ": " + line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"promotable\":true,\"classification\":\"clean\",\"reasons\":[]}|success|clean",
            "{\"promotable\":false,\"classification\":\"awaiting_strict\",\"reasons\":[\"no strict run yet\"]}|pending|awaiting_strict: no strict run yet" })
    void shouldSetThePendingOrSuccessStateTheRunnerSets(String answer, String state, String description)
            throws Exception {
        answerUpload("{\"id\":10,\"url\":\"/runs/10\",\"strict\":{\"status\":\"pass\"}}");
        benchwarden.answers.put("/api/v1/promotion", new Answer(200, answer));

        Result result = run(Map.of("BW_COMMIT_STATUS", "true", "BW_GITHUB_TOKEN", GITHUB_TOKEN));

        assertThat(result.exitCode()).as(result.log()).isZero();
        assertThat(statusBody().get("state").stringValue()).isEqualTo(state);
        assertThat(statusBody().get("description").stringValue()).isEqualTo(description);
    }

    @Test
    void shouldExitSixWhenGitHubDoesNotTakeTheStatusButKeepTheStoredRunsOutputs() throws Exception {
        answerUpload("{\"id\":11,\"url\":\"/runs/11\",\"strict\":{\"status\":\"pass\"}}");
        benchwarden.answers.put("/api/v1/promotion", new Answer(200, "{\"promotable\":true,\"classification\":\"clean\","
                + "\"reasons\":[]}"));
        github.answers.put("/repos/owner/agent/statuses/" + SHA, new Answer(403,
                "{\"message\":\"Resource not accessible by integration\"}"));

        Result result = run(Map.of("BW_COMMIT_STATUS", "true", "BW_GITHUB_TOKEN", GITHUB_TOKEN));

        assertThat(result.exitCode()).as(result.log()).isEqualTo(6);
        assertThat(result.log()).contains("::error title=Benchwarden commit status::the run is stored, but GitHub did "
                + "not take the commit status").contains("HTTP 403").contains("Resource not accessible by integration");
        assertThat(result.outputs()).containsEntry("run-id", "11").containsEntry("result", "stored");
    }

    @Test
    void shouldNameEachProblemOfARejectedRunAndExitFour() throws Exception {
        benchwarden.answers.put("/api/v1/runs", new Answer(422, """
                {"status":422,"error":"invalid_bundle","message":"2 problem(s) found; nothing was stored","errors":[
                  {"artifact":"open_compare.json","field":"delta_pct","message":"must be a number"},
                  {"artifact":"workload_suite.json","field":null,"message":"is missing"}]}"""));

        Result result = run(Map.of());

        assertThat(result.exitCode()).as(result.log()).isEqualTo(4);
        assertThat(result.log().lines().filter(line -> line.startsWith("::error")).toList()).containsExactly(
                "::error title=Benchwarden upload::open_compare.json: delta_pct: must be a number",
                "::error title=Benchwarden upload::workload_suite.json: is missing",
                "::error title=Benchwarden upload::the service rejected the strict run (HTTP 422): 2 problem(s) found;"
                        + " nothing was stored");
        assertThat(result.outputs()).containsEntry("result", "rejected").doesNotContainKey("run-id");
    }

    @Test
    void shouldRefuseACommitStatusWithoutATokenBeforeUploading() throws Exception {
        Result result = run(Map.of("BW_COMMIT_STATUS", "true"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.log()).contains("input 'github-token' is empty while commit-status is true");
        assertThat(result.outputs()).containsEntry("result", "invalid");
        assertThat(benchwarden.requests).isEmpty();
    }
}
