package io.benchwarden.runner.nativeio;

/** A libc call failed: carries the call, what it was applied to, errno and errno's text. */
public final class SyscallException extends RuntimeException {

    private final int errno;

    public SyscallException(String call, String subject, int errno) {
        super(call + "(" + subject + ") failed: " + Syscalls.strerror(errno) + " (errno " + errno + ")");
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }
}
