package io.benchwarden.triage;

import java.time.Instant;

/**
 * One commit's classification and the evidence behind it.
 *
 * @param coveringRun the strict run that decides the commit, {@code null} when none covers it yet
 */
public record CommitTriage(String commit, Instant firstSeen, boolean hostedAlert, StrictRunOutcome coveringRun,
        Classification classification) {
}
