package io.benchwarden.retention;

import java.time.Instant;

import io.benchwarden.system.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Prunes every project with a retention period once a day ({@code BENCHWARDEN_RETENTION_SCHEDULE}, a cron
 * expression, default 03:30). Several instances take turns on the advisory lock; whichever comes second finds
 * nothing left to prune, since pruning only touches bytes not pruned yet.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final ArtifactRetention retention;
    private final StartupLock lock;

    RetentionJob(ArtifactRetention retention, StartupLock lock) {
        this.retention = retention;
        this.lock = lock;
    }

    @Scheduled(cron = "${benchwarden.retention-schedule:0 30 3 * * *}")
    void pruneAll() {
        lock.run("artifact-retention", () -> retention.pruneAll(Instant.now()).stream()
                .filter(pruned -> pruned.artifacts() + pruned.hostedRuns() > 0)
                .forEach(pruned -> log.info("Retention: pruned {} artifacts and {} hosted benchmark files of {} "
                        + "stored before {}", pruned.artifacts(), pruned.hostedRuns(), pruned.project(),
                        pruned.cutoff())));
    }
}
