package io.benchwarden.alert;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.benchwarden.system.ApiException;
import org.springframework.http.HttpStatus;

/**
 * Where an alert, or a summary of alerts, stands in triage. Any state may move to any other (a dismissal can be
 * revisited), but never to itself; every move is recorded with who, when and why.
 */
public enum AlertState {
    UNTRIAGED, ACKNOWLEDGED, INVESTIGATING, CONFIRMED, FIXED, DISMISSED_AS_NOISE, IMPROVEMENT;

    /** The states in which nobody has closed the matter yet: the system may still resolve it as fixed. */
    public static final Set<AlertState> UNDECIDED = EnumSet.of(UNTRIAGED, ACKNOWLEDGED, INVESTIGATING, CONFIRMED);

    /** The name {@code untriaged} had before summaries; clients that still send it keep working. */
    private static final String FORMER_UNTRIAGED = "open";

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean undecided() {
        return UNDECIDED.contains(this);
    }

    public static Optional<AlertState> fromWireName(String name) {
        if (FORMER_UNTRIAGED.equals(name)) {
            return Optional.of(UNTRIAGED);
        }
        return Arrays.stream(values()).filter(state -> state.wireName().equals(name)).findFirst();
    }

    /** The wire name of a stored state, which the schema keeps to these names. */
    public static AlertState ofStored(String name) {
        return fromWireName(name).orElseThrow(() -> new IllegalStateException("unknown stored state " + name));
    }

    /** Refuses an unknown state with 422, naming the states there are. */
    public static AlertState require(String name) {
        return fromWireName(name).orElseThrow(() -> new ApiException(
                HttpStatus.UNPROCESSABLE_CONTENT, "invalid_state",
                "state must be one of " + String.join(", ", Arrays.stream(values()).map(AlertState::wireName).toList())
                        + "; got " + name));
    }
}
