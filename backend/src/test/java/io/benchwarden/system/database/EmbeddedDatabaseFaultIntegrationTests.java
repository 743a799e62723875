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
import io.benchwarden.support.Bundles;
import io.benchwarden.support.EmbeddedDataDirectory;
import io.benchwarden.support.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults of the real thing: the service in a JVM of its own with its embedded PostgreSQL, frozen with SIGSTOP, and
 * during a burst of uploads first the postmaster killed under it, then the service itself. A frozen database must
 * cost callers a 503 within the bound, not a hang. Every upload answered 200/201 must be stored exactly once and
 * no request may get a 500; the service heals a dead postmaster without a restart, a second start is refused
 * the data directory of a running service, and a killed service starts again at once on its data directory. One
 * service serves the tests in turn (each start costs seconds), which is why they run in a fixed order: the
 * service kill comes last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedDatabaseFaultIntegrationTests {

    private static final String TOKEN = "fault-test-token-0123456789";
    private static final String PROJECT = "faults";
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(30);
    /** Waiting for a connection (3 s) or for an answer on one (5 s), plus a margin for a busy machine. */
    private static final Duration FROZEN_BOUND = Duration.ofSeconds(8);

    private static Path dataDir;
    private static EmbeddedDataDirectory data;
    private static ServiceProcess service;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void startService() throws IOException, InterruptedException {
        dataDir = Files.createTempDirectory("benchwarden-faults");
        data = new EmbeddedDataDirectory(dataDir);
        long started = System.nanoTime();
        service = start("first");
        System.out.printf("first start on a new data directory: healthy after %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
    }

    private static ServiceProcess start(String name) throws IOException, InterruptedException {
        return ServiceProcess.start(List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                List.of("--benchwarden.data-dir=" + dataDir, "--benchwarden.api-token=" + TOKEN,
                        "--benchwarden.demo=false", "--logging.level.root=WARN",
                        "--logging.level.io.benchwarden.system.database=INFO", "--logging.level.io.zonky=INFO"),
                // Generous: on a shared, overloaded machine a start alone has taken 100 s.
                Path.of("target", "embedded-database-faults-" + name + ".log"), Duration.ofSeconds(300));
    }

    @Test
    @Order(1)
    void shouldAnswer503WithinTheBoundWhileTheDatabaseIsFrozenAndServeAgainOnceItThaws() throws Exception {
        assertThat(uploadOnce("frozen-before")).isEqualTo(201);
        List<Long> frozen = new PostgresProcesses(data.pgdata()).all();
        assertThat(frozen).as("the postmaster and its backends").hasSizeGreaterThan(1);
        signal("STOP", frozen);
        try {
            long started = System.nanoTime();
            HttpResponse<String> refused = send(upload("frozen-during"));
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("database frozen with SIGSTOP: upload answered %d after %d ms%n",
                    refused.statusCode(), millis);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(millis).as("time to the 503").isLessThan(FROZEN_BOUND.toMillis());

            started = System.nanoTime();
            assertThat(health()).isEqualTo(503);
            assertThat(System.nanoTime() - started).as("time to health DOWN").isLessThan(FROZEN_BOUND.toNanos());
            assertThat(new PostgresProcesses(data.pgdata()).postmasterRunning())
                    .as("a frozen postmaster is not taken for a dead one").isTrue();
        }
        finally {
            signal("CONT", frozen);
        }
        awaitHealthy(RECOVERY_BOUND);
        // The same upload again, as the runner retries a 503: stored once, whether or not the first attempt's
        // commit was already on its way to the frozen server.
        assertThat(uploadOnce("frozen-during")).isIn(200, 201);
        assertThat(runsOf("frozen")).hasSize(2).allSatisfy(row -> assertThat(((Number) row.get("copies"))
                .longValue()).isEqualTo(1));
    }

    @Test
    @Order(2)
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
            assertThat(burst.unanswered()).as("uploads the running service did not answer").isEmpty();
            assertStoredOnce(burst);
        }
    }

    /**
     * Only the lock on the data directory tells a live service's postmaster from one a killed service left. The
     * second process starts the embedded database just as the service does, without the rest of the service.
     */
    @Test
    @Order(3)
    void shouldRefuseASecondStartOnTheDataDirectoryOfARunningServiceAndLeaveThatOneAlone() throws Exception {
        long postmaster = data.postmasterPid();

        Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SecondStart.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        String output = new String(second.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(second.waitFor()).as(output).isEqualTo(SecondStart.REFUSED);
        assertThat(output).contains("could not lock");

        assertThat(data.postmasterPid()).isEqualTo(postmaster);
        assertThat(new PostgresProcesses(data.pgdata()).isOurs(postmaster)).isTrue();
        assertThat(health()).isEqualTo(200);
        assertThat(uploadOnce("second-service-refused")).isEqualTo(201);
    }

    @Test
    @Order(4)
    void shouldStartAtOnceWithEveryAcknowledgedRunAfterTheServiceIsKilledDuringABurst() throws Exception {
        Set<String> acknowledged;
        long orphan;
        try (Burst burst = new Burst("kill-service", 4)) {
            burst.awaitAcknowledged(20, Duration.ofSeconds(60));
            orphan = data.postmasterPid();
            service.kill();
            burst.awaitFinished();
            assertThat(burst.unexpected()).as("answers other than 200, 201 and 503").isEmpty();
            acknowledged = burst.acknowledged();
        }
        PostgresProcesses processes = new PostgresProcesses(data.pgdata());
        assertThat(processes.isOurs(orphan)).as("the postmaster outlived the killed service").isTrue();

        long started = System.nanoTime();
        service = start("after-kill");
        System.out.printf("service killed with SIGKILL: the next start was healthy after %d ms%n",
                (System.nanoTime() - started) / 1_000_000);

        assertThat(processes.isOurs(orphan)).as("the orphaned postmaster still running").isFalse();
        assertThat(data.postmasterPid()).isNotEqualTo(orphan);
        List<Map<String, Object>> stored = runsOf("kill-service");
        assertThat(stored).allSatisfy(row -> assertThat(((Number) row.get("copies")).longValue())
                .as(row.get("ci_run_id") + " copies").isEqualTo(1));
        assertThat(stored.stream().map(row -> (String) row.get("ci_run_id"))).as("every acknowledged run")
                .containsAll(acknowledged);
    }

    /** Every ci_run_id the burst tried is in the database once, and it tried only what was acknowledged. */
    private static void assertStoredOnce(Burst burst) {
        List<Map<String, Object>> rows = runsOf(burst.name);
        assertThat(rows).allSatisfy(row -> assertThat(((Number) row.get("copies")).longValue())
                .as(row.get("ci_run_id") + " copies").isEqualTo(1));
        assertThat(rows.stream().map(row -> (String) row.get("ci_run_id")))
                .as("runs in the database").containsExactlyInAnyOrderElementsOf(burst.acknowledged());
    }

    private int uploadOnce(String ciRunId) throws InterruptedException {
        return send(upload(ciRunId)).statusCode();
    }

    private static HttpRequest upload(String ciRunId) {
        MultipartBody body = MultipartBody.of(Bundles.ciFields(Map.of("project", PROJECT, "ci_run_id", ciRunId)),
                new DemoArtifacts(7).strictRun(1.02));
        return HttpRequest.newBuilder(service.uri("/api/v1/runs")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", body.contentType()).header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new IllegalStateException("the service did not answer " + request.uri(), ex);
        }
    }

    /** SIGSTOP/SIGCONT, which Java cannot send itself. */
    private static void signal(String signal, List<Long> pids) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(pid -> command.add(Long.toString(pid)));
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).as(String.join(" ", command)).isZero();
    }

    /** How many copies of each run of a burst the database holds, by ci_run_id. */
    private static List<Map<String, Object>> runsOf(String burst) {
        return data.jdbc().sql("""
                SELECT r.ci_run_id, count(*) AS copies FROM strict_run r JOIN project p ON p.id = r.project_id
                WHERE p.name = ? AND r.ci_run_id LIKE ? GROUP BY r.ci_run_id""")
                .params(PROJECT, burst + "-%").query().listOfRows();
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

    /** Starts the embedded database on the given data directory in a process of its own, then stops it. */
    static final class SecondStart {

        static final int REFUSED = 3;

        public static void main(String[] args) throws IOException {
            try (EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]))) {
                System.out.println("started on " + database.jdbcUrl());
            }
            catch (IllegalStateException ex) {
                System.out.println("refused: " + ex.getMessage());
                System.exit(REFUSED);
            }
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
        private final List<String> unanswered = new CopyOnWriteArrayList<>();
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

        /** Uploads that got no answer at all (the service was gone); the uploader stopped there. */
        List<String> unanswered() {
            return List.copyOf(unanswered);
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
            awaitFinished();
        }

        void awaitFinished() throws InterruptedException {
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
                MultipartBody body = MultipartBody.of(
                        Bundles.ciFields(Map.of("project", PROJECT, "ci_run_id", ciRunId)),
                        artifacts.strictRun(1.02));
                while (true) {
                    int status = post(http, body);
                    if (status == 200 || status == 201) {
                        acknowledged.add(ciRunId);
                        break;
                    }
                    if (status < 0) {
                        unanswered.add(ciRunId);
                        return;
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
