package io.benchwarden.runner.agent;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The CPU time a process and all its descendants have used so far, from {@code /proc/PID/task/TID/schedstat} (its
 * first field is the thread's run time in nanoseconds). Clock ticks ({@code /proc/PID/stat}) are 10 ms each, as long
 * as the quiet window they would have to measure, so they cannot tell an idle agent from a busy one.
 */
final class TreeCpuTime {

    /** What one look at the tree saw: the CPU time of its threads together, and which processes it held. */
    record Sample(long cpuNanos, Set<Long> pids) {
    }

    private final ProcessHandle root;
    private final Path proc;

    TreeCpuTime(ProcessHandle root) {
        this(root, Path.of("/proc"));
    }

    TreeCpuTime(ProcessHandle root, Path proc) {
        this.root = root;
        this.proc = proc;
    }

    /** Empty when the root is gone or the kernel does not keep the figures (no {@code /proc}, schedstat off). */
    Optional<Sample> sample() {
        Set<Long> pids = new TreeSet<>();
        pids.add(root.pid());
        root.descendants().forEach(process -> pids.add(process.pid()));
        long total = 0;
        for (long pid : pids) {
            Optional<Long> used = processNanos(pid);
            if (used.isEmpty()) {
                if (pid == root.pid()) {
                    return Optional.empty();
                }
                continue; // a descendant that exited since the listing; its exit changes the set next time
            }
            total += used.get();
        }
        return Optional.of(new Sample(total, Set.copyOf(pids)));
    }

    private Optional<Long> processNanos(long pid) {
        long total = 0;
        boolean anyThreadCounted = false;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(proc.resolve(Long.toString(pid)).resolve("task"))) {
            for (Path task : tasks) {
                Optional<long[]> fields = schedstat(task.resolve("schedstat"));
                if (fields.isPresent()) {
                    total += fields.get()[0];
                    anyThreadCounted |= fields.get()[2] > 0;
                }
            }
        }
        catch (IOException e) {
            return Optional.empty();
        }
        // "0 0 0" for every thread is what a kernel without scheduler statistics prints: no figure, not an idle tree
        return anyThreadCounted ? Optional.of(total) : Optional.empty();
    }

    /** run time, wait time, time slices; empty for a thread that exited while its folder was listed. */
    private static Optional<long[]> schedstat(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file).strip();
        }
        catch (NoSuchFileException e) {
            return Optional.empty();
        }
        String[] parts = text.split("\\s+");
        if (parts.length < 3) {
            throw new IOException("unexpected " + file + ": '" + text + "'");
        }
        try {
            return Optional.of(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2])});
        }
        catch (NumberFormatException e) {
            throw new IOException("unexpected " + file + ": '" + text + "'", e);
        }
    }
}
