package io.benchwarden.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.benchwarden.demo.DemoArtifacts;
import io.benchwarden.runner.upload.MultipartBody;
import io.benchwarden.support.EmbeddedDataDirectory;
import io.benchwarden.support.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Faults of the real thing: the service in a JVM of its own with its embedded PostgreSQL, and the postmaster
 * killed under it during a burst of uploads. Every upload answered 200/201 must be stored exactly once, no
 * request may get a 500, and the service must heal itself without a restart.
 */
class EmbeddedDatabaseFaultIntegrationTests {

    private static final String TOKEN = "fault-test-token-0123456789";
    private static final String PROJECT = "faults";
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(30);

    private static Path dataDir;
    private static EmbeddedDataDirectory data;
    private static ServiceProcess service;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void startService() throws IOException, InterruptedException {
        dataDir = Files.createTempDirectory("benchwarden-faults");
        data = new EmbeddedDataDirectory(dataDir);
        service = start();
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
    }

    private static ServiceProcess start() throws IOException, InterruptedException {
        return ServiceProcess.start(List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                List.of("--benchwarden.data-dir=" + dataDir, "--benchwarden.api-token=" + TOKEN,
                        "--benchwarden.demo=false", "--logging.level.root=WARN",
                        "--logging.level.io.benchwarden.system.database=INFO"),
                Path.of("target", "embedded-database-faults.log"), Duration.ofSeconds(120));
    }

    @Test
    void shouldStoreEveryAcknowledgedUploadOnceAndHealWhenThePostmasterIsKilledDuringABurst() throws Exception {
        try (Burst burst = new Burst("kill-postmaster", 4)) {
            burst.awaitAcknowledged(20, Duration.ofSeconds(60));
            long postmaster = data.postmasterPid();
            ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
            long killed = System.nanoTime();

            awaitHealthy(RECOVERY_BOUND);
            long recoveredMillis = (System.nanoTime() - killed) / 1_000_000;
            System.out.printf("postmaster killed with SIGKILL: health UP again after %d ms%n", recoveredMillis);
            assertThat(data.postmasterPid()).as("a new postmaster").isNotEqualTo(postmaster);

            int before = burst.acknowledged().size();
            burst.awaitAcknowledged(before + 10, Duration.ofSeconds(30));
            burst.stop();
            assertThat(burst.unexpected()).as("answers other than 200, 201 and 503").isEmpty();
            assertStoredOnce(burst);
        }
    }

    /** Every ci_run_id the burst tried is in the database once, and it tried only what was acknowledged. */
    private static void assertStoredOnce(Burst burst) {
        List<Map<String, Object>> rows = data.jdbc().sql("""
                SELECT r.ci_run_id, count(*) AS copies FROM strict_run r JOIN project p ON p.id = r.project_id
                WHERE p.name = ? AND r.ci_run_id LIKE ? GROUP BY r.ci_run_id""")
                .params(PROJECT, burst.name + "-%").query().listOfRows();
        assertThat(rows).allSatisfy(row -> assertThat(((Number) row.get("copies")).longValue())
                .as(row.get("ci_run_id") + " copies").isEqualTo(1));
        assertThat(rows.stream().map(row -> (String) row.get("ci_run_id")))
                .as("runs in the database").containsExactlyInAnyOrderElementsOf(burst.acknowledged());
    }

    private void awaitHealthy(Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (health() != 200) {
            assertThat(System.nanoTime()).as("health UP within %s", bound).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private int health() throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(service.uri("/actuator/health")).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
        catch (IOException ex) {
            return -1;
        }
    }

    /**
     * Uploaders posting distinct runs back to back, as CI would: after a 503 the same run is sent again (the same
     * ci_run_id) until it is stored, as the runner does. Anything but 200, 201 or 503 is recorded as unexpected.
     */
    private static final class Burst implements AutoCloseable {

        private final String name;
        private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        private final List<String> unexpected = new CopyOnWriteArrayList<>();
        private final List<Thread> threads = new ArrayList<>();
        private volatile boolean stopping;

        Burst(String name, int uploaders) {
            this.name = name;
            for (int u = 0; u < uploaders; u++) {
                int uploader = u;
                Thread thread = new Thread(() -> upload(uploader), name + "-" + u);
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
        }

        Set<String> acknowledged() {
            return Set.copyOf(acknowledged);
        }

        List<String> unexpected() {
            return List.copyOf(unexpected);
        }

        void awaitAcknowledged(int count, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (acknowledged.size() < count) {
                assertThat(System.nanoTime()).as("%d uploads acknowledged within %s (unexpected: %s)", count,
                        timeout, unexpected).isLessThan(deadline);
                Thread.sleep(50);
            }
        }

        /** Lets every uploader finish the run it is sending, so that each run tried ends acknowledged. */
        void stop() throws InterruptedException {
            stopping = true;
            for (Thread thread : threads) {
                thread.join(Duration.ofSeconds(60).toMillis());
                assertThat(thread.isAlive()).as(thread.getName() + " finished").isFalse();
            }
        }

        private void upload(int uploader) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(2)).build();
            DemoArtifacts artifacts = new DemoArtifacts(uploader);
            for (int n = 0; !stopping; n++) {
                String ciRunId = name + "-" + uploader + "-" + n;
                MultipartBody body = MultipartBody.of(Map.of("project", PROJECT, "ci_run_id", ciRunId),
                        artifacts.strictRun(1.02));
                while (true) {
                    int status = post(http, body);
                    if (status == 200 || status == 201) {
                        acknowledged.add(ciRunId);
                        break;
                    }
                    if (status != 503) {
                        unexpected.add(ciRunId + ": " + status);
                        return;
                    }
                    pause();
                }
            }
        }

        private static int post(HttpClient http, MultipartBody body) {
            try {
                return http.send(HttpRequest.newBuilder(service.uri("/api/v1/runs"))
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", body.contentType())
                        .header("Authorization", "Bearer " + TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            }
            catch (IOException ex) {
                return -1;
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        private static void pause() {
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            stopping = true;
        }
    }
}
