package io.benchwarden.hosted;

/**
 * A row left out of the comparison and why. {@code name} is the row's own name ({@code BM_X_median}), or the run
 * name when plain repetitions were averaged first; {@code realTimeNs} is the value the 50 ns rule looked at.
 */
public record ExcludedRow(String name, ExclusionReason reason, double realTimeNs) {
}
