package io.benchwarden.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.benchwarden.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Waiting for another instance's start-up work is legitimate however long that work takes: the wait must not be
 * cut by the statement timeout that bounds requests.
 */
class StartupLockIntegrationTests extends ApiTestSupport {

    @Autowired
    StartupLock lock;

    @Test
    void shouldWaitForTheLockLongerThanTheStatementTimeoutAndThenRunTheWork() throws Exception {
        Duration statementTimeout = Duration.parse("PT" + jdbc.sql("SHOW statement_timeout").query(String.class)
                .single().toUpperCase(java.util.Locale.ROOT));
        Duration held = statementTimeout.plusSeconds(1);
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch taken = new CountDownLatch(1);

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> lock.run("lock-test", () -> {
            taken.countDown();
            sleep(held);
            order.add("first");
        }));
        assertThat(taken.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> lock.run("lock-test", () -> order.add("second")));

        first.get(60, TimeUnit.SECONDS);
        second.get(60, TimeUnit.SECONDS);
        assertThat(order).containsExactly("first", "second");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
