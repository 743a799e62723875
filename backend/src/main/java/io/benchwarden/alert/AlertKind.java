package io.benchwarden.alert;

import java.util.Locale;

/** Hosted alerts are advisory signals from shared runners; strict alerts are failed rows of the strict gate. */
public enum AlertKind {
    HOSTED, STRICT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
