package io.benchwarden.user;

import java.util.List;
import java.util.Locale;

/** Viewers read, triagers also move alerts, admins also manage budgets, patterns, tokens and users. */
public enum Role {
    VIEWER, TRIAGER, ADMIN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Spring Security authorities, each role including the ones below it. */
    public List<String> authorities() {
        return switch (this) {
            case VIEWER -> List.of("ROLE_VIEWER");
            case TRIAGER -> List.of("ROLE_VIEWER", "ROLE_TRIAGER");
            case ADMIN -> List.of("ROLE_VIEWER", "ROLE_TRIAGER", "ROLE_ADMIN");
        };
    }

    public static Role fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
