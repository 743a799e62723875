package io.benchwarden.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import io.benchwarden.project.ProjectRepository;
import io.benchwarden.ingest.TrustedUploads;
import io.benchwarden.support.ApiTestSupport;
import io.benchwarden.system.BackgroundWork;
import io.benchwarden.system.StartupLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two instances starting together against one database: both run the demo seeder at the same moment, each
 * with its own lock connection as separate processes would have, and the history is there exactly once.
 */
class DemoHistoryStartupLockIntegrationTests extends ApiTestSupport {

    @Autowired
    ProjectRepository projects;
    @Autowired
    TrustedUploads uploads;
    @Autowired
    StartupLock lock;
    @Autowired
    BackgroundWork background;

    @Test
    void shouldSeedTheDemoOnceWhenTwoInstancesStartTogether() {
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Void>> instances = List.of(1, 2).stream()
                .map(n -> CompletableFuture.runAsync(() -> {
                    DemoHistory seeder = new DemoHistory(true, projects, uploads, lock, background);
                    await(together);
                    seeder.seed();
                }))
                .toList();
        instances.forEach(CompletableFuture::join);

        assertThat(jdbc.sql("SELECT count(*) FROM project WHERE name = ?").param(DemoHistory.PROJECT)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(runsOf(DemoHistory.PROJECT)).isEqualTo(42);
        assertThat(jdbc.sql("SELECT count(*) FROM hosted_run r JOIN project p ON p.id = r.project_id WHERE p.name = ?")
                .param(DemoHistory.PROJECT).query(Long.class).single()).isEqualTo(43);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
