package io.benchwarden.runner.nativeio;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * Checked wrappers around {@link LibC}: a negative result becomes a {@link SyscallException} with errno's
 * text, so a failing call is never recorded as a sample. The happy path is a compare and a return, cheap enough
 * for the timed loop.
 */
public final class Syscalls {

    /** What socket(2) is applied to in an error message. */
    public static final String SOCKET_SUBJECT = "AF_INET, SOCK_DGRAM";

    private Syscalls() {
    }

    public static int open(NativeString path, int flags) {
        int fd = LibC.open(path, flags);
        if (fd < 0) {
            throw failure("open", path.value());
        }
        return fd;
    }

    public static long read(int fd, Pointer buffer, long count, String subject) {
        long read = LibC.read(fd, buffer, count);
        if (read < 0) {
            throw failure("read", subject);
        }
        return read;
    }

    public static void close(int fd, String subject) {
        if (LibC.close(fd) != 0) {
            throw failure("close", subject);
        }
    }

    public static int socket(int domain, int type) {
        int fd = LibC.socket(domain, type, 0);
        if (fd < 0) {
            throw failure("socket", SOCKET_SUBJECT);
        }
        return fd;
    }

    public static void connect(int fd, SocketAddressIn address) {
        if (LibC.connect(fd, address, SocketAddressIn.SIZE) != 0) {
            int errno = Native.getLastError();
            LibC.close(fd);
            throw new SyscallException("connect", address.describe(), errno);
        }
    }

    public static void stat(NativeString path, Pointer statBuffer) {
        if (LibC.stat(path, statBuffer) != 0) {
            throw failure("stat", path.value());
        }
    }

    public static String strerror(int errno) {
        Pointer text = LibC.strerror(errno);
        return text == null ? "errno " + errno : text.getString(0);
    }

    private static SyscallException failure(String call, String subject) {
        return new SyscallException(call, subject, Native.getLastError());
    }
}
