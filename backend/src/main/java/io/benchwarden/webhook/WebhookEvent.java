package io.benchwarden.webhook;

import java.util.Locale;
import java.util.Optional;

import io.benchwarden.alert.AlertState;
import io.benchwarden.alert.AlertSummaries;

/** What a webhook is told of: a summary that is new, one confirmed as a regression, one fixed. */
enum WebhookEvent {

    SUMMARY_CREATED("a new alert summary"),
    SUMMARY_CONFIRMED("a regression was confirmed"),
    SUMMARY_FIXED("a regression is fixed");

    private final String sentence;

    WebhookEvent(String sentence) {
        this.sentence = sentence;
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    String sentence() {
        return sentence;
    }

    static Optional<WebhookEvent> of(AlertSummaries.SummaryChanged change) {
        if (change.fromState() == null) {
            return Optional.of(SUMMARY_CREATED);
        }
        if (change.toState().equals(AlertState.CONFIRMED.wireName())) {
            return Optional.of(SUMMARY_CONFIRMED);
        }
        if (change.toState().equals(AlertState.FIXED.wireName())) {
            return Optional.of(SUMMARY_FIXED);
        }
        return Optional.empty();
    }
}
