package io.benchwarden.triage;

import java.time.Instant;

/** A commit seen on a branch, with the earliest {@code started_at} of any hosted or strict run for it. */
public record CommitSighting(String commit, Instant firstSeen) {
}
