package io.benchwarden.runner.bench;

import com.sun.jna.Memory;

import io.benchwarden.runner.nativeio.LibC;
import io.benchwarden.runner.nativeio.NativeString;
import io.benchwarden.runner.nativeio.NativeTiming;
import io.benchwarden.runner.nativeio.Syscalls;

/** open(FILE, O_RDONLY), read one byte, close: the reference open bench's operation. */
final class OpenClose extends SyscallWorkload {

    private final NativeString path;
    private final Memory oneByte = new Memory(1);

    OpenClose(WorkloadKind kind, String file) {
        super(kind);
        this.path = new NativeString(file);
    }

    @Override
    protected void operation() {
        int fd = Syscalls.open(path, LibC.O_RDONLY | LibC.O_CLOEXEC);
        Syscalls.read(fd, oneByte, 1, path.value());
        Syscalls.close(fd, path.value());
    }

    @Override
    protected int nativeLoop(int warmup, long[] samples, long[] result) {
        return NativeTiming.bw_open_close_loop(path, oneByte, warmup, samples.length, samples, result);
    }

    @Override
    protected String subject(String call, long[] result) {
        return path.value();
    }
}
