package io.benchwarden.contract.model;

import io.benchwarden.contract.rounds.RatioInterval;

/**
 * One latency profile ({@code open_baseline.json}, {@code connect_with_agent.json}, ...). Open profiles carry
 * {@code file}; connect profiles carry {@code host} and {@code port}.
 *
 * @param p95Interval a with-agent profile the runner measured in rounds: its p95 ratio's interval; otherwise null
 */
public record ProfileMeasurement(ProfileKind kind, boolean withAgent, long iterations, double seconds,
        double usPerOp, double p50Us, double p95Us, double p99Us, String file, String host, Integer port,
        RatioInterval p95Interval) {
}
