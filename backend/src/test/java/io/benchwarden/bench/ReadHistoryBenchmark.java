package io.benchwarden.bench;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

import io.benchwarden.contract.stats.Percentiles;
import io.benchwarden.support.ServiceProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Read latency with a long history: 100 000 strict runs (with their 4 profiles, 5 comparison rows, 7 gate rows,
 * 10 artifacts and host environment) and 2 000 hosted runs of 50 benchmarks each, generated in the database with
 * set-based INSERT ... SELECT, then timed through the HTTP API one request at a time after a warmup.
 * Not a test: run through {@code backend/bench/read-history.sh}; results in docs/PERFORMANCE.md.
 */
public final class ReadHistoryBenchmark {

    private static final String PROJECT = "history";
    private static final int STRICT_RUNS = 100_000;
    private static final int HOSTED_RUNS = 2_000;
    private static final int WARMUP = 50;
    private static final int SAMPLES = 300;

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        Path work = Files.createDirectories(Path.of("target", "bench"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start();
                ServiceProcess service = ServiceProcess.start(List.of("-Xmx512m"),
                        List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                                "--benchwarden.data-dir=" + work.toAbsolutePath(), "--benchwarden.demo=false",
                                "--logging.level.root=WARN"),
                        work.resolve("read-service.log"), Duration.ofMinutes(10))) {
            JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
            long started = System.nanoTime();
            long project = HistoryGenerator.fill(jdbc, PROJECT, STRICT_RUNS, HOSTED_RUNS);
            out.printf("generated %d strict runs and %d hosted runs x 50 benchmarks in %.0f s%n", STRICT_RUNS,
                    HOSTED_RUNS, (System.nanoTime() - started) / 1e9);
            List<Long> ids = jdbc.sql("SELECT id FROM strict_run WHERE project_id = ? ORDER BY id").param(project)
                    .query(Long.class).list();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Random random = new Random(1);
            time(out, "run list, first page (limit 50)", i -> get(http, service, "/api/v1/runs?project=" + PROJECT + "&limit=50"));
            time(out, "run list, deep page (before=random)", i -> get(http, service, "/api/v1/runs?project=" + PROJECT
                    + "&limit=50&before=" + ids.get(random.nextInt(ids.size()))));
            time(out, "run details", i -> get(http, service, "/api/v1/runs/" + ids.get(random.nextInt(ids.size()))));
            time(out, "trend query, 1000 points (SQL)", i -> jdbc.sql(HistoryGenerator.TREND).param(project)
                    .query((rs, n) -> rs.getDouble(2)).list().size());
            time(out, "triage (default branch)", i -> get(http, service, "/api/v1/triage?project=" + PROJECT));
            time(out, "page /runs (project filter)", i -> get(http, service, "/runs?project=" + PROJECT));
            time(out, "page /runs/{id}", i -> get(http, service, "/runs/" + ids.get(random.nextInt(ids.size()))));
            time(out, "trend JSON, 1000 points", i -> get(http, service, "/api/v1/projects/" + PROJECT
                    + "/trends?last=1000&max_points=1000"));
            // The same 1 000 runs again and again, as a dashboard between two uploads, answers from the change-point
            // memo; a window moved back by one run per request (a new run, a different range) never does.
            java.time.Instant newest = java.time.Instant.now();
            java.util.concurrent.atomic.AtomicInteger shift = new java.util.concurrent.atomic.AtomicInteger();
            time(out, "trend JSON, 1000 points, new window", i -> get(http, service, "/api/v1/projects/" + PROJECT
                    + "/trends?last=1000&max_points=1000&to="
                    + newest.minus(Duration.ofMinutes(10L * shift.incrementAndGet()))));
            time(out, "page /projects/{p}/triage", i -> get(http, service, "/projects/" + PROJECT + "/triage"));
            out.println();
            for (String[] query : HistoryGenerator.explained(project, ids.get(ids.size() / 2))) {
                out.println("EXPLAIN " + query[0]);
                jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + query[1]).query((rs, n) -> rs.getString(1)).list()
                        .forEach(line -> out.println("    " + line));
            }
        }
    }

    /** Warmup requests first (not recorded), then SAMPLES sequential ones; the result is consumed. */
    private static void time(PrintStream out, String name, IntFunction<Integer> request) {
        long sink = 0;
        for (int i = 0; i < WARMUP; i++) {
            sink += request.apply(i);
        }
        long[] nanos = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long before = System.nanoTime();
            sink += request.apply(i);
            nanos[i] = System.nanoTime() - before;
        }
        Percentiles.LatencySummary summary = Percentiles.summarize(nanos);
        out.printf("%-38s p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  (%d bytes)%n", name, summary.p50Us() / 1000,
                summary.p95Us() / 1000, summary.p99Us() / 1000, sink / (WARMUP + SAMPLES));
    }

    private static int get(HttpClient http, ServiceProcess service, String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(service.uri(path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body().length;
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
