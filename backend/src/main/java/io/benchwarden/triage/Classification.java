package io.benchwarden.triage;

/**
 * How a commit stands once the advisory hosted signal is reconciled with the strict gate that covers it. Wire names
 * and sentences are part of the API and follow the harness spec's "Hosted benchmark alert interpretation".
 */
public enum Classification {

    HOSTED_NOISE("hosted_noise", "noise or non-critical drift"),
    CONFIRMED_REGRESSION("confirmed_regression", "real regression — mitigation required before promotion"),
    STRICT_REGRESSION("strict_regression", "the strict gate failed without a hosted alert — mitigation required"
            + " before promotion"),
    AWAITING_STRICT("awaiting_strict", "hosted alert with no covering strict run yet — not promotable until one"
            + " covers it"),
    CLEAN("clean", "no hosted alert and no strict failure");

    private final String wireName;
    private final String sentence;

    Classification(String wireName, String sentence) {
        this.wireName = wireName;
        this.sentence = sentence;
    }

    public String wireName() {
        return wireName;
    }

    public String sentence() {
        return sentence;
    }
}
