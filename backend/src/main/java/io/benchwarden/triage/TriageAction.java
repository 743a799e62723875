package io.benchwarden.triage;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.benchwarden.alert.AlertState;

/**
 * The buttons of the triage page, the state each one moves to, and the states it is offered in: a page shows
 * the few moves that make sense from where a summary or alert stands, not every state at once. A note alone keeps
 * the state and is always offered. (The API allows any move; this is what the page suggests.)
 */
enum TriageAction {

    ACKNOWLEDGE("acknowledge", "Acknowledge", AlertState.ACKNOWLEDGED, EnumSet.of(AlertState.UNTRIAGED)),
    INVESTIGATE("investigate", "Investigate", AlertState.INVESTIGATING,
            EnumSet.of(AlertState.UNTRIAGED, AlertState.ACKNOWLEDGED)),
    CONFIRM("confirm", "Confirm regression", AlertState.CONFIRMED,
            EnumSet.of(AlertState.UNTRIAGED, AlertState.ACKNOWLEDGED, AlertState.INVESTIGATING)),
    DISMISS("dismiss", "Dismiss as noise", AlertState.DISMISSED_AS_NOISE,
            EnumSet.of(AlertState.UNTRIAGED, AlertState.ACKNOWLEDGED, AlertState.INVESTIGATING)),
    IMPROVEMENT("improvement", "Mark as improvement", AlertState.IMPROVEMENT,
            EnumSet.of(AlertState.UNTRIAGED, AlertState.ACKNOWLEDGED, AlertState.INVESTIGATING)),
    FIX("fix", "Mark fixed", AlertState.FIXED, AlertState.UNDECIDED),
    REOPEN("reopen", "Reopen", AlertState.UNTRIAGED,
            EnumSet.of(AlertState.FIXED, AlertState.DISMISSED_AS_NOISE, AlertState.IMPROVEMENT)),
    NOTE("note", "Add note", null, EnumSet.allOf(AlertState.class));

    private final String formValue;
    private final String label;
    private final AlertState target;
    private final Set<AlertState> offeredIn;

    TriageAction(String formValue, String label, AlertState target, Set<AlertState> offeredIn) {
        this.formValue = formValue;
        this.label = label;
        this.target = target;
        this.offeredIn = offeredIn;
    }

    static Optional<TriageAction> fromForm(String value) {
        return Arrays.stream(values()).filter(a -> a.formValue.equals(value)).findFirst();
    }

    /** The actions a page offers for something in this state (a stored wire name), in button order. */
    static List<TriageAction> offeredFor(String state) {
        AlertState current = AlertState.ofStored(state);
        return Arrays.stream(values()).filter(a -> a.offeredIn.contains(current)).toList();
    }

    /** @return the target state's wire name, or null for a note */
    String targetState() {
        return target == null ? null : target.wireName();
    }

    public String formValue() {
        return formValue;
    }

    public String label() {
        return label;
    }
}
