package io.benchwarden.runner.bench;

import java.util.List;

import com.sun.jna.Memory;
import com.sun.jna.Native;

import io.benchwarden.runner.nativeio.NativeString;
import io.benchwarden.runner.nativeio.NativeTiming;
import io.benchwarden.runner.nativeio.Syscalls;

/** stat(2) over a fixed list of files, one file per operation, cycling through the list. */
final class StatWalk extends SyscallWorkload {

    /** struct stat is 144 bytes on x86_64 and 128 on arm64. */
    private final Memory statBuffer = new Memory(256);
    private final NativeString[] paths;
    /** The paths as a native {@code char *[]} and the native loop's position in it, for the native loop. */
    private final Memory pathArray;
    private final Memory nativeNext = new Memory(4);
    private int next;

    StatWalk(List<String> files) {
        super(WorkloadKind.STAT_WALK);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("stat_walk needs at least one file");
        }
        this.paths = files.stream().map(NativeString::new).toArray(NativeString[]::new);
        this.pathArray = new Memory((long) Native.POINTER_SIZE * paths.length);
        for (int i = 0; i < paths.length; i++) {
            pathArray.setPointer((long) Native.POINTER_SIZE * i, paths[i]);
        }
    }

    @Override
    protected void operation() {
        Syscalls.stat(paths[next], statBuffer);
        next = next + 1 == paths.length ? 0 : next + 1;
    }

    @Override
    protected int nativeLoop(int warmup, long[] samples, long[] result) {
        nativeNext.setInt(0, next);
        int status = NativeTiming.bw_stat_loop(pathArray, paths.length, nativeNext, statBuffer, warmup, samples.length,
                samples, result);
        next = nativeNext.getInt(0);
        return status;
    }

    @Override
    protected String subject(String call, long[] result) {
        return paths[(int) result[3]].value();
    }

    int files() {
        return paths.length;
    }
}
