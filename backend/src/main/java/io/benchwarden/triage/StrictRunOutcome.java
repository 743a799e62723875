package io.benchwarden.triage;

import java.time.Instant;

/**
 * What reconciliation needs of one strict run on a branch: its id, commit, claimed start, the time the service
 * received it, and its gate verdict.
 *
 * @param startedAt the runner's {@code started_at}, as claimed by the client's clock
 * @param uploadedAt when the service stored the run ({@code ingested_at}), by the service's clock
 */
public record StrictRunOutcome(long id, String commit, Instant startedAt, Instant uploadedAt, boolean pass) {

    /** The run's place in the branch's history: its claimed start, but never later than its upload. */
    public Instant measuredAt() {
        return startedAt.isAfter(uploadedAt) ? uploadedAt : startedAt;
    }
}
