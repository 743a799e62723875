package io.benchwarden.system.database;

import java.util.Collection;

/**
 * Many row ids as one SQL array parameter ({@code WHERE id = ANY(:ids)}) instead of an {@code IN} list of one
 * parameter each. With up to 2 000 ids (a trend window) the statement's text no longer depends on how many there
 * are, so the driver prepares it once on the server and later requests skip parsing and planning; binding sends one
 * value instead of 2 000.
 */
public final class IdArray {

    private IdArray() {
    }

    public static long[] of(Collection<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).toArray();
    }
}
