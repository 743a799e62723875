package io.benchwarden.runner.bench;

import io.benchwarden.runner.nativeio.LibC;
import io.benchwarden.runner.nativeio.NativeTiming;
import io.benchwarden.runner.nativeio.SocketAddressIn;
import io.benchwarden.runner.nativeio.Syscalls;

/**
 * socket(AF_INET, SOCK_DGRAM), connect to HOST:PORT, close. UDP connect only sets the peer address, so no
 * listener is needed and no accept thread adds noise (the reference's reason for UDP).
 */
final class ConnectLoopback extends SyscallWorkload {

    private final SocketAddressIn address;
    private final String subject;

    ConnectLoopback(String host, int port) {
        super(WorkloadKind.CONNECT_LOOPBACK);
        this.address = new SocketAddressIn(host, port);
        this.subject = address.describe();
    }

    @Override
    protected void operation() {
        int fd = Syscalls.socket(LibC.AF_INET, LibC.SOCK_DGRAM);
        Syscalls.connect(fd, address);
        Syscalls.close(fd, subject);
    }

    @Override
    protected int nativeLoop(int warmup, long[] samples, long[] result) {
        return NativeTiming.bw_connect_loop(address, SocketAddressIn.SIZE, warmup, samples.length, samples, result);
    }

    @Override
    protected String subject(String call, long[] result) {
        return call.equals("socket") ? Syscalls.SOCKET_SUBJECT : subject;
    }
}
