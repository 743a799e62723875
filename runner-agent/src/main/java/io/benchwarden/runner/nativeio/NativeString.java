package io.benchwarden.runner.nativeio;

import java.nio.charset.StandardCharsets;

import com.sun.jna.Memory;

/** A NUL-terminated UTF-8 copy of a string in native memory, encoded once, outside any timed loop. */
public final class NativeString extends Memory {

    private final String value;

    public NativeString(String value) {
        super(value.getBytes(StandardCharsets.UTF_8).length + 1L);
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        write(0, bytes, 0, bytes.length);
        setByte(bytes.length, (byte) 0);
        this.value = value;
    }

    public String value() {
        return value;
    }
}
