package io.benchwarden.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

class ConcurrentIngestIntegrationTests extends ApiTestSupport {

    private List<Reply> inParallel(List<Callable<Reply>> uploads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(uploads.size());
        try {
            List<Future<Reply>> futures = pool.invokeAll(uploads);
            List<Reply> replies = new java.util.ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldStoreTwentyDistinctParallelUploadsAsTwentyRuns() throws Exception {
        String project = newProject("parallel-distinct");
        List<Callable<Reply>> uploads = IntStream.range(0, 20).<Callable<Reply>>mapToObj(i -> () -> upload(
                Examples.strictRun(), Map.of("project", project, "ci_run_id", "run-" + i))).toList();
        List<Reply> replies = inParallel(uploads);

        assertThat(replies).extracting(Reply::status).containsOnly(201);
        assertThat(replies).extracting(reply -> reply.json().get("id").longValue()).doesNotHaveDuplicates();
        assertThat(runsOf(project)).isEqualTo(20);
    }

    @Test
    void shouldStoreTwentyParallelCopiesOfOneUploadOnce() throws Exception {
        String project = newProject("parallel-copies");
        var artifacts = Examples.withJson(Examples.strictRun(), ArtifactNames.OPEN_BASELINE,
                node -> node.put("seconds", 0.2018));
        List<Callable<Reply>> uploads = IntStream.range(0, 20)
                .<Callable<Reply>>mapToObj(i -> () -> upload(artifacts, Map.of("project", project))).toList();
        List<Reply> replies = inParallel(uploads);

        assertThat(replies).extracting(Reply::status).containsOnly(200, 201);
        assertThat(replies).filteredOn(reply -> reply.status() == 201).hasSize(1);
        assertThat(replies).extracting(reply -> reply.json().get("id").longValue()).containsOnly(
                replies.get(0).json().get("id").longValue());
        assertThat(runsOf(project)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM run_artifact a JOIN strict_run r ON r.id = a.run_id "
                + "JOIN project p ON p.id = r.project_id WHERE p.name = ?").param(project).query(Long.class).single())
                .isEqualTo(10);
    }
}
