package io.benchwarden.contract.model;

/**
 * One latency profile ({@code open_baseline.json}, {@code connect_with_agent.json}, ...). Open profiles carry
 * {@code file}; connect profiles carry {@code host} and {@code port}.
 */
public record ProfileMeasurement(ProfileKind kind, boolean withAgent, long iterations, double seconds,
        double usPerOp, double p50Us, double p95Us, double p99Us, String file, String host, Integer port) {
}
