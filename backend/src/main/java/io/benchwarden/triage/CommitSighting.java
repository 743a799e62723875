package io.benchwarden.triage;

import java.time.Instant;

/**
 * A commit seen on a branch in hosted runs.
 *
 * @param firstStarted the earliest {@code started_at} of those runs (the clients' clocks)
 * @param firstUploaded the earliest time the service received one of them (the service's clock)
 */
public record CommitSighting(String commit, Instant firstStarted, Instant firstUploaded) {
}
