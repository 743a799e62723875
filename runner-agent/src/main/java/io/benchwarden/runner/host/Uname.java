package io.benchwarden.runner.host;

import com.sun.jna.Memory;
import com.sun.jna.Native;

import io.benchwarden.runner.nativeio.LibC;
import io.benchwarden.runner.nativeio.SyscallException;

/** {@code struct utsname} from libc's uname(2), rendered the way {@code uname -a} prints it on GNU/Linux. */
public record Uname(String sysname, String nodename, String release, String version, String machine) {

    /** Linux's utsname has six fields of 65 bytes each (the sixth, domainname, is not needed). */
    private static final int FIELD = 65;

    public static Uname read() {
        Memory buffer = new Memory(FIELD * 6L);
        buffer.clear();
        if (LibC.uname(buffer) != 0) {
            throw new SyscallException("uname", "utsname", Native.getLastError());
        }
        return new Uname(buffer.getString(0), buffer.getString(FIELD), buffer.getString(FIELD * 2L),
                buffer.getString(FIELD * 3L), buffer.getString(FIELD * 4L));
    }

    /** {@code uname -a} leaves out processor and hardware platform when they are unknown, as they are on Linux. */
    public String allLine() {
        return String.join(" ", sysname, nodename, release, version, machine, "GNU/Linux");
    }
}
