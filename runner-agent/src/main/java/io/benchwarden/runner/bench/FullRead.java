package io.benchwarden.runner.bench;

import com.sun.jna.Memory;

import io.benchwarden.runner.nativeio.LibC;
import io.benchwarden.runner.nativeio.NativeString;
import io.benchwarden.runner.nativeio.NativeTiming;
import io.benchwarden.runner.nativeio.Syscalls;

/** open(FILE), read until end of file into one reused buffer, close. */
final class FullRead extends SyscallWorkload {

    private static final int BUFFER_BYTES = 64 * 1024;

    private final NativeString path;
    private final Memory buffer = new Memory(BUFFER_BYTES);

    FullRead(String file) {
        super(WorkloadKind.FULL_READ);
        this.path = new NativeString(file);
    }

    @Override
    protected void operation() {
        int fd = Syscalls.open(path, LibC.O_RDONLY | LibC.O_CLOEXEC);
        while (Syscalls.read(fd, buffer, BUFFER_BYTES, path.value()) > 0) {
            // keep reading: the operation is the whole file
        }
        Syscalls.close(fd, path.value());
    }

    @Override
    protected int nativeLoop(int warmup, long[] samples, long[] result) {
        return NativeTiming.bw_full_read_loop(path, buffer, BUFFER_BYTES, warmup, samples.length, samples, result);
    }

    @Override
    protected String subject(String call, long[] result) {
        return path.value();
    }
}
