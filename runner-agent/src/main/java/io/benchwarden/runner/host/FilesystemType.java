package io.benchwarden.runner.host;

import java.util.Map;

import com.sun.jna.Memory;
import com.sun.jna.Native;

import io.benchwarden.runner.nativeio.LibC;
import io.benchwarden.runner.nativeio.NativeString;
import io.benchwarden.runner.nativeio.SyscallException;

/** The filesystem a path lives on, named the way {@code stat -f -c %T PATH} names it. */
public final class FilesystemType {

    /** f_type magic numbers (linux/magic.h) and coreutils' names for them. */
    private static final Map<Long, String> NAMES = Map.ofEntries(
            Map.entry(0xEF53L, "ext2/ext3"),
            Map.entry(0x01021994L, "tmpfs"),
            Map.entry(0x794C7630L, "overlayfs"),
            Map.entry(0x58465342L, "xfs"),
            Map.entry(0x9123683EL, "btrfs"),
            Map.entry(0x6969L, "nfs"),
            Map.entry(0x2FC12FC1L, "zfs"),
            Map.entry(0xF2F52010L, "f2fs"),
            Map.entry(0x73717368L, "squashfs"),
            Map.entry(0x65735546L, "fuseblk"),
            Map.entry(0x01021997L, "v9fs"),
            Map.entry(0x9FA0L, "proc"),
            Map.entry(0x62656572L, "sysfs"),
            Map.entry(0x858458F6L, "ramfs"),
            Map.entry(0x4D44L, "msdos"),
            Map.entry(0x5346544EL, "ntfs"),
            Map.entry(0xFF534D42L, "cifs"));

    /** struct statfs is 120 bytes on x86_64 and arm64; f_type is its first field, a long. */
    private static final int STATFS_BYTES = 256;

    private FilesystemType() {
    }

    public static String of(String path) {
        Memory buffer = new Memory(STATFS_BYTES);
        buffer.clear();
        if (LibC.statfs(new NativeString(path), buffer) != 0) {
            throw new SyscallException("statfs", path, Native.getLastError());
        }
        return name(buffer.getLong(0));
    }

    static String name(long magic) {
        return NAMES.getOrDefault(magic, "UNKNOWN (0x" + Long.toHexString(magic) + ")");
    }
}
