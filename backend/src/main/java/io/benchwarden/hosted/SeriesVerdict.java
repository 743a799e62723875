package io.benchwarden.hosted;

/**
 * One compared series: current and baseline mean real time in nanoseconds and their ratio; {@code baselineNs} and
 * {@code ratio} are {@code null} for a {@link HostedOutcome#NEW} series.
 */
public record SeriesVerdict(String series, double currentNs, Double baselineNs, Double ratio, HostedOutcome outcome) {
}
