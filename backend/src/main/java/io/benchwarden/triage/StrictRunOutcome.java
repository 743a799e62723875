package io.benchwarden.triage;

import java.time.Instant;

/** What reconciliation needs of one strict run on a branch: its id, commit, start and gate verdict. */
public record StrictRunOutcome(long id, String commit, Instant startedAt, boolean pass) {
}
