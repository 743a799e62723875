package io.benchwarden.runner.rounds;

import java.util.Map;

import io.benchwarden.runner.bench.WorkloadKind;

/** Decides after each block of rounds whether a session measures another one. */
@FunctionalInterface
public interface RoundsPolicy {

    /** @param roundsDone rounds measured so far, at least one block */
    boolean wantsAnother(int roundsDone, Map<WorkloadKind, WorkloadRounds> results);

    static RoundsPolicy fixed(int rounds) {
        return (roundsDone, results) -> roundsDone < rounds;
    }
}
