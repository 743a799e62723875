package io.benchwarden.bench;

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

    /**
     * Defaults in one place; each can be overridden as --name=value. {@code only} keeps the requests whose name
     * contains one of its comma-separated parts (all by default); {@code jfr} records the service's JVM with the
     * profiling settings into target/bench/read.jfr; {@code explain=false} skips the query plans.
     */
    record Settings(int warmup, int samples, List<String> only, boolean jfr, boolean explain) {

        static Settings parse(String[] args) {
            Map<String, String> given = BenchArguments.parse(args);
            String only = given.getOrDefault("only", "");
            return new Settings(Integer.parseInt(given.getOrDefault("warmup", "50")),
                    Integer.parseInt(given.getOrDefault("samples", "300")),
                    only.isBlank() ? List.of() : List.of(only.split(",")),
                    Boolean.parseBoolean(given.getOrDefault("jfr", "false")),
                    Boolean.parseBoolean(given.getOrDefault("explain", "true")));
        }

        boolean times(String request) {
            return only.isEmpty() || only.stream().anyMatch(request::contains);
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        PrintStream out = System.out;
        Path work = Files.createDirectories(Path.of("target", "bench"));
        List<String> jvm = new ArrayList<>(List.of("-Xmx512m"));
        if (settings.jfr()) {
            jvm.add("-XX:StartFlightRecording=filename=" + work.resolve("read.jfr") + ",settings=profile");
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start();
                ServiceProcess service = ServiceProcess.start(jvm,
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
            time(out, settings, "run list, first page (limit 50)", i -> get(http, service, "/api/v1/runs?project=" + PROJECT + "&limit=50"));
            time(out, settings, "run list, deep page (before=random)", i -> get(http, service, "/api/v1/runs?project=" + PROJECT
                    + "&limit=50&before=" + ids.get(random.nextInt(ids.size()))));
            time(out, settings, "run details", i -> get(http, service, "/api/v1/runs/" + ids.get(random.nextInt(ids.size()))));
            time(out, settings, "trend query, 1000 points (SQL)", i -> jdbc.sql(HistoryGenerator.TREND).param(project)
                    .query((rs, n) -> rs.getDouble(2)).list().size());
            time(out, settings, "triage (default branch)", i -> get(http, service, "/api/v1/triage?project=" + PROJECT));
            time(out, settings, "page /runs (project filter)", i -> get(http, service, "/runs?project=" + PROJECT));
            time(out, settings, "page /runs/{id}", i -> get(http, service, "/runs/" + ids.get(random.nextInt(ids.size()))));
            time(out, settings, "trend JSON, 1000 points", i -> get(http, service, "/api/v1/projects/" + PROJECT
                    + "/trends?last=1000&max_points=1000"));
            // The same 1 000 runs again and again, as a dashboard between two uploads, answers from the change-point
            // memo; a window moved back by one run per request (a new run, a different range) never does.
            java.time.Instant newest = java.time.Instant.now();
            java.util.concurrent.atomic.AtomicInteger shift = new java.util.concurrent.atomic.AtomicInteger();
            time(out, settings, "trend JSON, 1000 points, new window", i -> get(http, service, "/api/v1/projects/" + PROJECT
                    + "/trends?last=1000&max_points=1000&to="
                    + newest.minus(Duration.ofMinutes(10L * shift.incrementAndGet()))));
            time(out, settings, "page /projects/{p}/triage", i -> get(http, service, "/projects/" + PROJECT + "/triage"));
            out.println();
            if (!settings.explain()) {
                return;
            }
            for (String[] query : HistoryGenerator.explained(project, ids.get(ids.size() / 2))) {
                out.println("EXPLAIN " + query[0]);
                jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + query[1]).query((rs, n) -> rs.getString(1)).list()
                        .forEach(line -> out.println("    " + line));
            }
        }
    }

    /** Warmup requests first (not recorded), then the samples, one at a time; the result is consumed. */
    private static void time(PrintStream out, Settings settings, String name, IntFunction<Integer> request) {
        if (!settings.times(name)) {
            return;
        }
        long sink = 0;
        for (int i = 0; i < settings.warmup(); i++) {
            sink += request.apply(i);
        }
        long[] nanos = new long[settings.samples()];
        for (int i = 0; i < nanos.length; i++) {
            long before = System.nanoTime();
            sink += request.apply(i);
            nanos[i] = System.nanoTime() - before;
        }
        Percentiles.LatencySummary summary = Percentiles.summarize(nanos);
        out.printf("%-38s p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  (%d bytes)%n", name, summary.p50Us() / 1000,
                summary.p95Us() / 1000, summary.p99Us() / 1000, sink / (settings.warmup() + nanos.length));
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
