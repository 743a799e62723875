package io.benchwarden.hosted;

/** The verdict on one hosted series against its baseline; wire names are part of the API. */
public enum HostedOutcome {

    /** Slower than the baseline by more than the threshold: an advisory alert, never a promotion blocker by itself. */
    ALERT("alert"),
    /** Faster than the baseline by more than the threshold: recorded, not alerted. */
    IMPROVEMENT("improvement"),
    OK("ok"),
    /** No baseline value for this series yet. */
    NEW("new");

    private final String wireName;

    HostedOutcome(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
