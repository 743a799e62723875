package io.benchwarden.alert;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an alert stands in triage. Any state may move to any other (a dismissal can be revisited), but never to
 * itself; every move is recorded with who, when and why.
 */
public enum AlertState {
    OPEN, ACKNOWLEDGED, DISMISSED_AS_NOISE, CONFIRMED, FIXED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AlertState> fromWireName(String name) {
        return Arrays.stream(values()).filter(state -> state.wireName().equals(name)).findFirst();
    }
}
