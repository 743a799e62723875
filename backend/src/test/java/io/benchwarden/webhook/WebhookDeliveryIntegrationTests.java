package io.benchwarden.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import io.benchwarden.BenchwardenApplication;
import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.runner.upload.MultipartBody;
import io.benchwarden.support.Bundles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks delivered to a receiver on loopback (so with BENCHWARDEN_WEBHOOKS_ALLOW_PRIVATE on, and retries a few
 * hundred milliseconds apart): signed bodies, sent after the upload has answered, retried after a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookDeliveryIntegrationTests {

    private static final String TOKEN = "webhook-test-token-0123456789";
    private static final String ADMIN = "admin-password-webhooks";
    private static final String SECRET = "a-receivers-shared-secret";
    private static final String PUBLIC_URL = "https://bench.example.com";

    private record Received(Map<String, String> headers, byte[] body) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    /** The status the receiver answers next; 200 once the queue is empty. */
    private final BlockingQueue<Integer> answers = new LinkedBlockingQueue<>();
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private HttpServer receiver;
    private ConfigurableApplicationContext service;
    private int port;
    private int hour;

    @BeforeAll
    void start(@TempDir Path dataDir) throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            try {
                hold.await(10, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
            received.add(new Received(headers, exchange.getRequestBody().readAllBytes()));
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        receiver.start();
        service = new SpringApplicationBuilder(BenchwardenApplication.class).run("--server.port=0",
                "--benchwarden.data-dir=" + dataDir, "--benchwarden.demo=false", "--benchwarden.api-token=" + TOKEN,
                "--benchwarden.admin-password=" + ADMIN, "--benchwarden.webhooks.allow-private=true",
                "--benchwarden.webhooks.retry-delays=300ms,300ms", "--benchwarden.webhooks.poll-interval=1h",
                "--benchwarden.public-url=" + PUBLIC_URL);
        port = ((WebServerApplicationContext) service).getWebServer().getPort();
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private String admin() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> strict(String project, String commit, Map<String, byte[]> bundle) throws Exception {
        MultipartBody body = MultipartBody.of(Map.of("project", project, "branch", "main", "commit", commit,
                "started_at", Instant.parse("2026-11-01T00:00:00Z").plusSeconds(3600L * hour++).toString()), bundle);
        return send(request("/api/v1/runs").header("Content-Type", body.contentType())
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    private void webhook(String project) throws Exception {
        HttpResponse<String> created = send(request("/api/v1/projects/" + project + "/webhooks")
                .header("Content-Type", "application/json").header("Authorization", admin())
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort()
                        + "/hook\",\"format\":\"json\",\"secret\":\"" + SECRET + "\"}")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(SECRET);
    }

    private JsonNode deliveries(String project) throws Exception {
        return StrictJson.mapper().readTree(send(request("/api/v1/projects/" + project + "/webhooks/deliveries")
                .header("Authorization", admin()).GET()).body()).get("deliveries");
    }

    private Received next() throws InterruptedException {
        Received delivery = received.poll(20, TimeUnit.SECONDS);
        assertThat(delivery).as("a delivery within 20 s").isNotNull();
        return delivery;
    }

    private static String hmac(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void shouldSendASignedBodyAfterTheUploadAnsweredAndRetryAfterAFailedDelivery() throws Exception {
        String project = "webhooks-signed";
        assertThat(strict(project, "aaaaaaa", Bundles.passingStrictRun()).statusCode()).isEqualTo(201);
        webhook(project);
        answers.add(500);
        hold = new CountDownLatch(1);

        HttpResponse<String> upload = strict(project, "bbbbbbb", Examples.withReports(Examples.strictRun()));

        // The receiver is still held: the upload answered without waiting for it.
        assertThat(upload.statusCode()).isEqualTo(201);
        hold.countDown();
        Received failed = next();
        Received retried = next();
        assertThat(retried.body()).isEqualTo(failed.body());
        assertThat(retried.headers().get("X-Benchwarden-Signature")).isEqualTo(hmac(retried.body()));
        assertThat(retried.headers().get("X-Benchwarden-Event")).isEqualTo("summary_created");
        JsonNode body = StrictJson.mapper().readTree(retried.body());
        assertThat(body.get("event").asString()).isEqualTo("summary_created");
        assertThat(body.get("project").asString()).isEqualTo(project);
        assertThat(body.at("/summary/rows").toString()).isEqualTo("[\"audit_mode_connect/p95_overhead_pct\","
                + "\"audit_mode_connect/p95_ratio\",\"audit_mode_open/delta_pct\"]");
        assertThat(body.at("/summary/alerts")).hasSize(3);
        assertThat(body.get("url").asString()).startsWith(PUBLIC_URL + "/projects/" + project
                + "/triage?branch=main#summary-");

        JsonNode log = waitForLog(project, "delivered");
        assertThat(log.get("attempts").intValue()).isEqualTo(2);
        assertThat(log.get("last_status").intValue()).isEqualTo(200);

        long summary = body.at("/summary/id").longValue();
        send(request("/api/v1/alert-summaries/" + summary + "/events").header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"state\":\"confirmed\"}")));
        assertThat(next().headers().get("X-Benchwarden-Event")).isEqualTo("summary_confirmed");
        strict(project, "ccccccc", Bundles.passingStrictRun());
        Received fixed = next();
        assertThat(fixed.headers().get("X-Benchwarden-Event")).isEqualTo("summary_fixed");
        assertThat(StrictJson.mapper().readTree(fixed.body()).at("/summary/state").asString()).isEqualTo("fixed");
        assertThat(fixed.headers().get("X-Benchwarden-Signature")).isEqualTo(hmac(fixed.body()));
    }

    @Test
    void shouldMarkADeliveryFailedAfterThreeAttemptsWithTheLastError() throws Exception {
        String project = "webhooks-failing";
        assertThat(strict(project, "aaaaaaa", Bundles.passingStrictRun()).statusCode()).isEqualTo(201);
        webhook(project);
        answers.addAll(java.util.List.of(503, 503, 503));

        strict(project, "bbbbbbb", Examples.withReports(Examples.strictRun()));

        for (int i = 0; i < 3; i++) {
            next();
        }
        JsonNode log = waitForLog(project, "failed");
        assertThat(log.get("attempts").intValue()).isEqualTo(3);
        assertThat(log.get("last_status").intValue()).isEqualTo(503);
        assertThat(log.get("last_error").asString()).isEqualTo("the receiver answered HTTP 503");
        assertThat(received.poll(1, TimeUnit.SECONDS)).as("no fourth attempt").isNull();
    }

    private JsonNode waitForLog(String project, String status) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            JsonNode newest = deliveries(project).get(0);
            if (newest != null && newest.get("status").asString().equals(status)) {
                return newest;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + status + " delivery for " + project + ": " + deliveries(project));
    }
}
