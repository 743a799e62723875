package io.benchwarden.runner.nativeio;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.sun.jna.Memory;
import com.sun.jna.Native;

/**
 * Pins the calling thread like {@code taskset -c N}: {@code sched_setaffinity(0, ...)} applies to the calling
 * thread only. Processes started from a pinned thread inherit its mask, which is how the agent gets its own CPU.
 */
public final class CpuAffinity {

    private static final int MASK_BYTES = 128;

    private CpuAffinity() {
    }

    public static int onlineCpus() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static void pinCurrentThread(int cpu) {
        setCurrentThread(List.of(cpu));
    }

    public static void setCurrentThread(List<Integer> cpus) {
        Memory mask = new Memory(MASK_BYTES);
        mask.clear();
        for (int cpu : cpus) {
            if (cpu < 0 || cpu >= MASK_BYTES * 8) {
                throw new IllegalArgumentException("CPU number must be within 0.." + (MASK_BYTES * 8 - 1) + ", got " + cpu);
            }
            mask.setByte(cpu / 8, (byte) (mask.getByte(cpu / 8) | (1 << (cpu % 8))));
        }
        if (LibC.sched_setaffinity(0, MASK_BYTES, mask) != 0) {
            throw new SyscallException("sched_setaffinity", "cpus " + cpus, Native.getLastError());
        }
    }

    public static List<Integer> currentThread() {
        Memory mask = new Memory(MASK_BYTES);
        mask.clear();
        if (LibC.sched_getaffinity(0, MASK_BYTES, mask) != 0) {
            throw new SyscallException("sched_getaffinity", "current thread", Native.getLastError());
        }
        List<Integer> cpus = new ArrayList<>();
        for (int cpu = 0; cpu < MASK_BYTES * 8; cpu++) {
            if ((mask.getByte(cpu / 8) & (1 << (cpu % 8))) != 0) {
                cpus.add(cpu);
            }
        }
        return cpus;
    }

    /** Runs {@code action} with the calling thread on {@code cpu}, then puts the previous mask back. */
    public static <T> T whilePinnedTo(int cpu, Supplier<T> action) {
        List<Integer> previous = currentThread();
        pinCurrentThread(cpu);
        try {
            return action.get();
        }
        finally {
            setCurrentThread(previous);
        }
    }
}
