package io.benchwarden.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import io.benchwarden.contract.stats.Percentiles;
import io.benchwarden.demo.DemoArtifacts;
import io.benchwarden.runner.upload.MultipartBody;
import io.benchwarden.support.EmbeddedDataDirectory;
import io.benchwarden.support.ServiceProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ingest throughput and latency: N uploaders on loopback post realistic strict runs (the demo generator's, every
 * one with its own values and ci_run_id) to the service for a fixed time, after a warmup that is not measured.
 * Not a test: run through {@code backend/bench/ingest-load.sh}, results in docs/PERFORMANCE.md.
 * <p>
 * Isolation: the service runs in a JVM of its own with its own embedded PostgreSQL 17 in a fresh data directory,
 * exactly as it runs in production (fsync and synchronous commit on, pool of 20). The load generator shares the
 * two cores with both, as a CI runner uploading to a co-located service would. {@code --non-durable} points the
 * service at a separate PostgreSQL with the embedding library's defaults instead (fsync and synchronous_commit
 * off, as the service ran before acknowledged meant durable), to measure what durability costs.
 * <p>
 * Baseline: the same uploads with an invalid project name are rejected after full multipart parsing and
 * validation but before any database work; their rate is the ceiling the harness, HTTP and validation allow.
 * <p>
 * Correctness: every 201 is counted; afterwards the database must hold exactly that many runs (no lost write,
 * no duplicate), and any answer other than 201 is an error.
 */
public final class IngestLoadBenchmark {

    private static final String TOKEN = "bench-token-0123456789abcdef";
    private static final String PROJECT = "ingest-load";

    /** Defaults in one place; each can be overridden as --name=value. */
    record Settings(int uploaders, Duration warmup, Duration measure, Duration baseline, boolean jfr,
            boolean nonDurable) {

        static Settings parse(String[] args) {
            Map<String, String> given = BenchArguments.parse(args);
            return new Settings(Integer.parseInt(given.getOrDefault("uploaders", "8")),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("warmup", "15"))),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("duration", "30"))),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("baseline", "10"))),
                    Boolean.parseBoolean(given.getOrDefault("jfr", "false")),
                    Boolean.parseBoolean(given.getOrDefault("non-durable", "false")));
        }
    }

    record Phase(String name, long ok, long errors, double seconds, Percentiles.LatencySummary latency) {

        void print(PrintStream out) {
            out.printf("%-9s %7d ok %5d errors %6.1f s  %7.1f /s  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms%n", name,
                    ok, errors, seconds, ok / seconds, latency.p50Us() / 1000, latency.p95Us() / 1000,
                    latency.p99Us() / 1000);
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        Path work = Files.createDirectories(Path.of("target", "bench"));
        Path dataDir = Files.createTempDirectory(work.toAbsolutePath(), "ingest-data");
        PrintStream out = System.out;
        List<String> jvm = new ArrayList<>(List.of("-Xmx512m"));
        if (settings.jfr()) {
            jvm.add("-XX:StartFlightRecording=filename=" + work.resolve("ingest.jfr") + ",settings=profile");
        }
        List<String> arguments = new ArrayList<>(List.of("--benchwarden.data-dir=" + dataDir,
                "--benchwarden.api-token=" + TOKEN, "--benchwarden.demo=false", "--logging.level.root=WARN"));
        EmbeddedPostgres nonDurable = settings.nonDurable()
                ? EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start() : null;
        try {
            Supplier<JdbcClient> database;
            if (nonDurable == null) {
                database = new EmbeddedDataDirectory(dataDir)::jdbc;
            }
            else {
                arguments.addAll(List.of("--spring.datasource.url=" + nonDurable.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                        "--spring.datasource.hikari.maximum-pool-size=20"));
                database = () -> JdbcClient.create(nonDurable.getPostgresDatabase());
            }
            try (ServiceProcess service = ServiceProcess.start(jvm, arguments, work.resolve("ingest-service.log"),
                    Duration.ofSeconds(120))) {
                out.printf("ingest load: %d uploaders, warmup %ds, measured %ds, %d cores, database: %s%n",
                        settings.uploaders(), settings.warmup().toSeconds(), settings.measure().toSeconds(),
                        Runtime.getRuntime().availableProcessors(), nonDurable == null
                                ? "the service's embedded PostgreSQL (fsync and synchronous_commit on)"
                                : "a separate PostgreSQL with the library's defaults (fsync and synchronous_commit off)");
                AtomicLong sequence = new AtomicLong();
                Phase warmup = run("warmup", service, settings.uploaders(), settings.warmup(), PROJECT, sequence);
                Phase baseline = run("baseline", service, settings.uploaders(), settings.baseline(), "NOT A PROJECT",
                        sequence);
                Phase measured = run("measured", service, settings.uploaders(), settings.measure(), PROJECT, sequence);
                warmup.print(out);
                baseline.print(out);
                measured.print(out);
                long stored = database.get()
                        .sql("SELECT count(*) FROM strict_run r JOIN project p ON p.id = r.project_id WHERE p.name = ?")
                        .param(PROJECT).query(Long.class).single();
                long created = warmup.ok() + measured.ok();
                out.printf("runs in the database %d, 201 answers %d: %s%n", stored, created,
                        stored == created ? "no duplicates, nothing lost" : "MISMATCH");
            }
        }
        finally {
            if (nonDurable != null) {
                nonDurable.close();
            }
        }
    }

    /**
     * Uploaders post back to back for {@code duration}; latencies of 201s (or, for the baseline, 422s) are
     * recorded. Bodies are built before the clock starts for each request, outside the timed region.
     */
    private static Phase run(String name, ServiceProcess service, int uploaders, Duration duration, String project,
            AtomicLong sequence) throws InterruptedException {
        int expected = project.equals(PROJECT) ? 201 : 422;
        long end = System.nanoTime() + duration.toNanos();
        List<List<Long>> latencies = new ArrayList<>();
        LongAdder errors = new LongAdder();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < uploaders; t++) {
            List<Long> mine = new ArrayList<>();
            latencies.add(mine);
            DemoArtifacts artifacts = new DemoArtifacts(sequence.get() * 31 + t);
            Thread thread = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                while (System.nanoTime() < end) {
                    MultipartBody body = MultipartBody.of(io.benchwarden.support.Bundles.ciFields(
                            Map.of("project", project, "ci_run_id", "load-" + sequence.incrementAndGet())),
                            artifacts.strictRun(1.02));
                    HttpRequest request = HttpRequest.newBuilder(service.uri("/api/v1/runs"))
                            .header("Content-Type", body.contentType()).header("Authorization", "Bearer " + TOKEN)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build();
                    long before = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - before;
                        if (response.statusCode() == expected) {
                            mine.add(took);
                        }
                        else {
                            errors.increment();
                            System.err.println(name + ": HTTP " + response.statusCode() + " " + response.body());
                        }
                    }
                    catch (IOException ex) {
                        // Counted and reported, and the uploader goes on: one failure must not end its stream.
                        errors.increment();
                        System.err.println(name + ": " + ex);
                    }
                    catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, name + "-" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] all = latencies.stream().flatMap(List::stream).mapToLong(Long::longValue).toArray();
        return new Phase(name, all.length, errors.sum(), seconds, Percentiles.summarize(all));
    }
}
