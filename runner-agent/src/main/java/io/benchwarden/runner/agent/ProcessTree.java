package io.benchwarden.runner.agent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a process and everything it started: SIGTERM to the whole tree, then SIGKILL to what is left. */
final class ProcessTree {

    private ProcessTree() {
    }

    static void stop(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = snapshot(root);
        tree.forEach(ProcessHandle::destroy);
        awaitExit(tree, grace);
        kill(root, tree);
    }

    /** SIGKILL at once, for the shutdown hook where there is no time for grace. */
    static void kill(ProcessHandle root) {
        kill(root, snapshot(root));
    }

    private static void kill(ProcessHandle root, List<ProcessHandle> earlier) {
        List<ProcessHandle> all = new ArrayList<>(earlier);
        all.addAll(snapshot(root));
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        awaitExit(all, Duration.ofSeconds(5));
    }

    private static List<ProcessHandle> snapshot(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        return tree;
    }

    private static void awaitExit(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle process : processes) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            CompletableFuture<ProcessHandle> exit = process.onExit();
            try {
                exit.get(left, TimeUnit.NANOSECONDS);
            }
            catch (TimeoutException e) {
                return;
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            catch (ExecutionException e) {
                // onExit does not fail; nothing to wait for
            }
        }
    }
}
