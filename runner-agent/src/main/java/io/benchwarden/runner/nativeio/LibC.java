package io.benchwarden.runner.nativeio;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * The libc calls the benches time, bound with JNA direct mapping: each call is a static native method with
 * primitive and {@link Pointer} arguments only, so a call converts nothing and allocates nothing on the Java
 * heap. Strings are never passed here; callers pre-encode them into native memory ({@link NativeString}).
 * Every method returns the raw libc result; {@link Syscalls} turns failures into exceptions with errno's text.
 */
public final class LibC {

    public static final int O_RDONLY = 0;
    public static final int O_CLOEXEC = 0x80000;
    public static final int AF_INET = 2;
    public static final int SOCK_DGRAM = 2;

    static {
        Native.register(LibC.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
    }

    private LibC() {
    }

    public static native int open(Pointer path, int flags);

    public static native long read(int fd, Pointer buffer, long count);

    public static native int close(int fd);

    public static native int socket(int domain, int type, int protocol);

    public static native int connect(int fd, Pointer address, int addressLength);

    public static native int stat(Pointer path, Pointer statBuffer);

    public static native int statfs(Pointer path, Pointer statfsBuffer);

    public static native int sched_setaffinity(int pid, long maskSize, Pointer mask);

    public static native int sched_getaffinity(int pid, long maskSize, Pointer mask);

    public static native int uname(Pointer utsname);

    public static native Pointer strerror(int errnum);

    public static native int getpid();

    public static native int geteuid();

    /** 1 when {@code fd} refers to a terminal. */
    public static native int isatty(int fd);
}
