package io.benchwarden.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.benchwarden.demo.DemoArtifacts;
import io.benchwarden.runner.upload.MultipartBody;
import io.benchwarden.support.ServiceProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * kill -9 of the service in the middle of a stream of uploads. The service runs in its own JVM against a
 * PostgreSQL this test owns, so the database outlives the kill; afterwards every run in the database must be
 * complete, and every upload that was answered 2xx must be there. A half-written run would show as a run with
 * fewer than four profiles, five comparison rows, its gate rows, ten artifacts and its host environment.
 */
class KillDuringIngestIntegrationTests {

    private static final String TOKEN = "kill-test-token-0123456789";
    private static final String PROJECT = "kill-nine";
    private static final int UPLOADERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;

    @Test
    void shouldLeaveOnlyCompleteRunsAndEveryAcknowledgedUploadAfterKillNine(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger inFlightAtKill = new AtomicInteger();
            try (ServiceProcess service = ServiceProcess.start(
                    List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                    List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                            "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                            "--benchwarden.data-dir=" + dataDir, "--benchwarden.api-token=" + TOKEN,
                            "--benchwarden.demo=false", "--logging.level.root=WARN"),
                    Path.of("target", "kill-during-ingest-service.log"), Duration.ofSeconds(60))) {
                AtomicInteger inFlight = new AtomicInteger();
                CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
                CountDownLatch stopped = new CountDownLatch(UPLOADERS);
                for (int t = 0; t < UPLOADERS; t++) {
                    int uploader = t;
                    Thread thread = new Thread(() -> {
                        try {
                            uploadUntilRefused(service, uploader, acknowledged, inFlight, enough);
                        }
                        finally {
                            stopped.countDown();
                        }
                    }, "uploader-" + t);
                    thread.setDaemon(true);
                    thread.start();
                }
                assertThat(enough.await(30, TimeUnit.SECONDS)).as("uploads acknowledged before the kill").isTrue();
                inFlightAtKill.set(inFlight.get());
                service.kill();
                assertThat(stopped.await(15, TimeUnit.SECONDS)).as("uploaders noticed the kill").isTrue();
            }

            JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
            List<RunShape> runs = jdbc.sql("""
                    SELECT r.ci_run_id,
                           (SELECT count(*) FROM profile_measurement m WHERE m.run_id = r.id) AS profiles,
                           (SELECT count(*) FROM comparison_row c WHERE c.run_id = r.id) AS comparisons,
                           (SELECT count(*) FROM gate_row g WHERE g.run_id = r.id) AS gates,
                           (SELECT count(*) FROM run_artifact a WHERE a.run_id = r.id) AS artifacts,
                           (SELECT count(*) FROM host_environment h WHERE h.run_id = r.id) AS hosts
                    FROM strict_run r JOIN project p ON p.id = r.project_id WHERE p.name = ?""")
                    .param(PROJECT).query(RunShape.class).list();

            assertThat(runs.stream().map(RunShape::ciRunId)).as("every 2xx upload is stored (%d were in flight at "
                    + "the kill)", inFlightAtKill.get()).containsAll(acknowledged);
            long expectedGates = runs.get(0).gates();
            assertThat(expectedGates).isPositive();
            assertThat(runs).allSatisfy(run -> {
                assertThat(run.profiles()).as(run.ciRunId() + " profiles").isEqualTo(4);
                assertThat(run.comparisons()).as(run.ciRunId() + " comparison rows").isEqualTo(5);
                assertThat(run.gates()).as(run.ciRunId() + " gate rows").isEqualTo(expectedGates);
                assertThat(run.artifacts()).as(run.ciRunId() + " artifacts").isGreaterThanOrEqualTo(10);
                assertThat(run.hosts()).as(run.ciRunId() + " host environment").isEqualTo(1);
            });
        }
    }

    record RunShape(String ciRunId, long profiles, long comparisons, long gates, long artifacts, long hosts) {
    }

    /** Uploads distinct runs until the service stops answering; records the ci_run_id of every 2xx. */
    private static void uploadUntilRefused(ServiceProcess service, int uploader, Set<String> acknowledged,
            AtomicInteger inFlight, CountDownLatch enough) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        DemoArtifacts artifacts = new DemoArtifacts(uploader);
        for (int n = 0;; n++) {
            String ciRunId = "u" + uploader + "-" + n;
            MultipartBody body = MultipartBody.of(io.benchwarden.support.Bundles.ciFields(Map.of("project", PROJECT, "ci_run_id", ciRunId)),
                    artifacts.strictRun(1.02));
            inFlight.incrementAndGet();
            try {
                HttpResponse<Void> reply = http.send(HttpRequest.newBuilder(service.uri("/api/v1/runs"))
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", body.contentType())
                        .header("Authorization", "Bearer " + TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (reply.statusCode() / 100 == 2) {
                    acknowledged.add(ciRunId);
                    enough.countDown();
                }
            }
            catch (IOException killed) {
                return;
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
            finally {
                inFlight.decrementAndGet();
            }
        }
    }
}
