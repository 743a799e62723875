package io.benchwarden.runner.bench;

import java.util.List;

import com.sun.jna.Memory;

import io.benchwarden.runner.nativeio.NativeString;
import io.benchwarden.runner.nativeio.Syscalls;

/** stat(2) over a fixed list of files, one file per operation, cycling through the list. */
final class StatWalk extends SyscallWorkload {

    /** struct stat is 144 bytes on x86_64 and 128 on arm64. */
    private final Memory statBuffer = new Memory(256);
    private final NativeString[] paths;
    private int next;

    StatWalk(List<String> files) {
        super(WorkloadKind.STAT_WALK);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("stat_walk needs at least one file");
        }
        this.paths = files.stream().map(NativeString::new).toArray(NativeString[]::new);
    }

    @Override
    protected void operation() {
        Syscalls.stat(paths[next], statBuffer);
        next = next + 1 == paths.length ? 0 : next + 1;
    }

    int files() {
        return paths.length;
    }
}
