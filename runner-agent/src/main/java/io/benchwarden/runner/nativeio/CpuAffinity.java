package io.benchwarden.runner.nativeio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.sun.jna.Memory;
import com.sun.jna.Native;

/**
 * Pins threads like {@code taskset -c N}: {@code sched_setaffinity(tid, ...)} applies to one thread, and 0 means
 * the calling thread. Threads and processes started from a pinned thread inherit its mask, which is how the
 * agent gets its own CPU (started from a thread pinned there).
 */
public final class CpuAffinity {

    private static final int MASK_BYTES = 128;
    private static final int CALLING_THREAD = 0;
    private static final int ESRCH = 3;

    private CpuAffinity() {
    }

    public static int onlineCpus() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static void pinCurrentThread(int cpu) {
        setCurrentThread(List.of(cpu));
    }

    public static void setCurrentThread(List<Integer> cpus) {
        if (!set(CALLING_THREAD, cpus)) {
            throw new IllegalStateException("the calling thread does not exist");
        }
    }

    public static List<Integer> currentThread() {
        return get(CALLING_THREAD);
    }

    /**
     * Takes {@code cpu} out of the mask of every other thread of this process (JIT compilers, the VM thread, the
     * process reaper, ...), so none of them is scheduled onto the bench CPU while it times; when the rest of the
     * host is busy the scheduler would otherwise put them exactly there, next to the bench thread. Threads that
     * may run only on {@code cpu} are left alone. {@link OtherThreadsMoved#close()} gives the moved threads their
     * masks back.
     */
    public static OtherThreadsMoved keepOtherThreadsOff(int cpu) {
        long self = currentThreadId();
        Map<Long, List<Integer>> previous = new LinkedHashMap<>();
        for (long tid : threadIds()) {
            if (tid == self) {
                continue;
            }
            List<Integer> mask = get(tid);
            if (mask == null || !mask.contains(cpu) || mask.size() == 1) {
                continue;
            }
            List<Integer> without = new ArrayList<>(mask);
            without.remove(Integer.valueOf(cpu));
            if (set(tid, without)) {
                previous.put(tid, mask);
            }
        }
        return new OtherThreadsMoved(previous);
    }

    /** The kernel's id of the calling thread, from {@code /proc/thread-self} (no gettid() needed in libc). */
    static long currentThreadId() {
        try {
            return Long.parseLong(Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString());
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc/thread-self", e);
        }
    }

    static List<Long> threadIds() {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.map(task -> Long.parseLong(task.getFileName().toString())).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot list /proc/self/task", e);
        }
    }

    /** The thread's CPUs, or null when it has exited in the meantime. */
    static List<Integer> get(long tid) {
        Memory mask = new Memory(MASK_BYTES);
        mask.clear();
        if (LibC.sched_getaffinity((int) tid, MASK_BYTES, mask) != 0) {
            int errno = Native.getLastError();
            if (errno == ESRCH) {
                return null;
            }
            throw new SyscallException("sched_getaffinity", "thread " + tid, errno);
        }
        List<Integer> cpus = new ArrayList<>();
        for (int cpu = 0; cpu < MASK_BYTES * 8; cpu++) {
            if ((mask.getByte(cpu / 8) & (1 << (cpu % 8))) != 0) {
                cpus.add(cpu);
            }
        }
        return cpus;
    }

    /** Sets the thread's CPUs; false when it has exited in the meantime. */
    static boolean set(long tid, List<Integer> cpus) {
        Memory mask = new Memory(MASK_BYTES);
        mask.clear();
        for (int cpu : cpus) {
            if (cpu < 0 || cpu >= MASK_BYTES * 8) {
                throw new IllegalArgumentException("CPU number must be within 0.." + (MASK_BYTES * 8 - 1) + ", got " + cpu);
            }
            mask.setByte(cpu / 8, (byte) (mask.getByte(cpu / 8) | (1 << (cpu % 8))));
        }
        if (LibC.sched_setaffinity((int) tid, MASK_BYTES, mask) != 0) {
            int errno = Native.getLastError();
            if (errno == ESRCH) {
                return false;
            }
            throw new SyscallException("sched_setaffinity", (tid == CALLING_THREAD ? "calling thread" : "thread " + tid)
                    + ", cpus " + cpus, errno);
        }
        return true;
    }

    /** The threads {@link #keepOtherThreadsOff} moved, with their masks from before. */
    public static final class OtherThreadsMoved implements AutoCloseable {

        private final Map<Long, List<Integer>> previous;

        private OtherThreadsMoved(Map<Long, List<Integer>> previous) {
            this.previous = previous;
        }

        public int count() {
            return previous.size();
        }

        @Override
        public void close() {
            previous.forEach(CpuAffinity::set);
        }
    }
}
