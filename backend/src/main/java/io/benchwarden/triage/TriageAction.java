package io.benchwarden.triage;

import java.util.Arrays;
import java.util.Optional;

import io.benchwarden.alert.AlertState;

/** The buttons of the triage page and the alert state each one moves to; a note alone keeps the state. */
enum TriageAction {

    ACKNOWLEDGE("acknowledge", AlertState.ACKNOWLEDGED),
    DISMISS("dismiss", AlertState.DISMISSED_AS_NOISE),
    CONFIRM("confirm", AlertState.CONFIRMED),
    FIX("fix", AlertState.FIXED),
    REOPEN("reopen", AlertState.OPEN),
    NOTE("note", null);

    private final String formValue;
    private final AlertState target;

    TriageAction(String formValue, AlertState target) {
        this.formValue = formValue;
        this.target = target;
    }

    static Optional<TriageAction> fromForm(String value) {
        return Arrays.stream(values()).filter(a -> a.formValue.equals(value)).findFirst();
    }

    /** @return the target state's wire name, or null for a note */
    String targetState() {
        return target == null ? null : target.wireName();
    }
}
