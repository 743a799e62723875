package io.benchwarden.runner.rounds;

import io.benchwarden.runner.bench.Timing;

/**
 * How a session timed its operations and what the timing itself costs: the empty-operation floor measured on
 * the bench CPU at the start of the session (p50/p95 in µs, the contract's percentiles).
 */
public record Harness(Timing timing, double floorP50Us, double floorP95Us) {
}
