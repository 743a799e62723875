package io.benchwarden.hosted;

/** One hosted series value that passed the filters: the mean real and CPU time of a benchmark, in nanoseconds. */
public record ComparedRow(String series, double realTimeNs, double cpuTimeNs) {
}
