package io.benchwarden.runner.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.benchwarden.runner.nativeio.CpuAffinity;

/**
 * One running agent. Started pinned to its CPU with output captured to a log, considered ready when the ready
 * command succeeds or, without one, once its process tree has gone quiet ({@link QuietWait}, at most the settle
 * time), and stopped with SIGTERM, then SIGKILL after the grace period, descendants included. Every live agent is also registered with a shutdown hook, so a failure or a
 * Ctrl-C never leaves one running.
 */
public final class AgentProcess implements AutoCloseable {

    private static final Set<AgentProcess> LIVE = ConcurrentHashMap.newKeySet();

    private static final QuietWait.Clock SYSTEM_CLOCK = new QuietWait.Clock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) {
            AgentProcess.sleep(duration);
        }
    };

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AgentProcess::killAll, "agent-reaper"));
    }

    private final AgentSpec spec;
    private final Process process;

    private AgentProcess(AgentSpec spec, Process process) {
        this.spec = spec;
        this.process = process;
    }

    public static AgentProcess start(AgentSpec spec) {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", "exec " + spec.command())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(spec.log().toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        // one pinned helper does the launch and the whole readiness wait, so an agent start pins one thread, not two
        return onAgentCpu(spec, () -> {
            AgentProcess agent = new AgentProcess(spec, launch(builder));
            LIVE.add(agent);
            try {
                agent.awaitReady();
            }
            catch (RuntimeException | Error e) {
                agent.close();
                throw e;
            }
            return agent;
        });
    }

    /**
     * Runs the spec's reset commands one after the other, output discarded and failures ignored, as the reference
     * scripts do ({@code "$BIN" block clear >/dev/null 2>&1 || true}).
     */
    public static void resetPinnedState(AgentSpec spec) {
        for (String command : spec.resetCommands()) {
            try {
                new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start().waitFor();
            }
            catch (IOException e) {
                // the reference ignores a reset that cannot run; the agent's own start then says what is wrong
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AgentFailedException("interrupted while clearing the agent's pinned state");
            }
        }
    }

    public long pid() {
        return process.pid();
    }

    /** Throws when the agent is gone: a with-agent figure measured without the agent would be a lie. */
    public void ensureAlive(String when) {
        if (!process.isAlive()) {
            throw new AgentFailedException("agent '" + spec.command() + "' exited with status " + process.exitValue()
                    + " " + when + "; log " + spec.log() + " follows:\n" + log());
        }
    }

    @Override
    public void close() {
        try {
            ProcessTree.stop(process.toHandle(), spec.grace());
        }
        finally {
            LIVE.remove(this);
        }
    }

    private void awaitReady() {
        if (spec.readyCommand() == null) {
            TreeCpuTime tree = new TreeCpuTime(process.toHandle());
            QuietWait.Outcome outcome = new QuietWait(spec.quiet(), spec.settle(), tree::sample, SYSTEM_CLOCK).await();
            ensureAlive(outcome == QuietWait.Outcome.QUIET ? "before it went quiet"
                    : "within the settle time of " + spec.settle().toMillis() + " ms");
            return;
        }
        long deadline = System.nanoTime() + spec.readyTimeout().toNanos();
        while (!readyCommandSucceeds()) {
            ensureAlive("before it was ready");
            if (System.nanoTime() > deadline) {
                throw new AgentFailedException("agent '" + spec.command() + "' was not ready after "
                        + spec.readyTimeout().toMillis() + " ms ('" + spec.readyCommand() + "' kept failing); log "
                        + spec.log() + " follows:\n" + log());
            }
            sleep(Duration.ofMillis(100));
        }
        ensureAlive("before it was ready");
    }

    private boolean readyCommandSucceeds() {
        try {
            Process check = new ProcessBuilder("/bin/sh", "-c", spec.readyCommand())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(spec.log().toFile()))
                    .start();
            return check.waitFor() == 0;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot run the ready command '" + spec.readyCommand() + "'", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AgentFailedException("interrupted while waiting for the agent to be ready");
        }
    }

    private String log() {
        try {
            return Files.readString(spec.log(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /**
     * Runs {@code task} on a short-lived thread pinned to the agent's CPU while the calling (bench) thread waits: the
     * agent inherits that CPU, and the work of starting it and of watching it become ready (reading /proc, running a
     * ready command) never runs on the bench CPU, which only the timed loops should warm. Without an agent CPU (a
     * single-CPU host) the task runs on the calling thread.
     */
    static <T> T onAgentCpu(AgentSpec spec, Supplier<T> task) {
        if (spec.cpu() == null) {
            return task.get();
        }
        CompletableFuture<T> done = new CompletableFuture<>();
        Thread helper = new Thread(() -> {
            try {
                CpuAffinity.pinCurrentThread(spec.cpu());
                done.complete(task.get());
            }
            catch (Throwable e) {
                // anything the task throws, Errors too, must reach the waiting bench thread, or it would wait forever
                done.completeExceptionally(e);
            }
        }, "agent-cpu");
        helper.start();
        try {
            return done.join();
        }
        catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static Process launch(ProcessBuilder builder) {
        try {
            return builder.start();
        }
        catch (IOException e) {
            throw new AgentFailedException("cannot start the agent: " + e.getMessage());
        }
    }

    private static void sleep(Duration duration) {
        try {
            TimeUnit.NANOSECONDS.sleep(duration.toNanos());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AgentFailedException("interrupted while waiting for the agent to settle");
        }
    }

    /** Shutdown hook: no grace left, kill every live agent tree outright. */
    static void killAll() {
        List.copyOf(LIVE).forEach(agent -> ProcessTree.kill(agent.process.toHandle()));
    }
}
