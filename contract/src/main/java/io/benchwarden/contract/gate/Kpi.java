package io.benchwarden.contract.gate;

import io.benchwarden.contract.model.ProfileMeasurement;

/**
 * The arithmetic of the strict KPIs, in one place for the runner, the service, its charts and its reports. The
 * validator's KPI is the p95 ratio (with-agent p95 / baseline p95, at most 1.05); the reference SLO gate states the
 * same comparison as a percentage overhead, and the us_per_op comparisons as a delta percentage.
 */
public final class Kpi {

    private Kpi() {
    }

    /** with-agent over baseline; NaN when the baseline is zero, since such a ratio measures nothing. */
    public static double ratio(double baseline, double withAgent) {
        return baseline == 0 ? Double.NaN : withAgent / baseline;
    }

    /** The validator's KPI for one profile kind. */
    public static double p95Ratio(ProfileMeasurement baseline, ProfileMeasurement withAgent) {
        return ratio(baseline.p95Us(), withAgent.p95Us());
    }

    /**
     * The reference SLO gate's overhead: {@code (with - base) / base * 100}, and 0 when the baseline is not
     * positive (perf_slo_check.sh's own rule, kept so a reference input gives the reference row).
     */
    public static double overheadPct(double baseline, double withAgent) {
        return baseline > 0 ? (withAgent - baseline) / baseline * 100.0 : 0.0;
    }

    public static double p95OverheadPct(ProfileMeasurement baseline, ProfileMeasurement withAgent) {
        return overheadPct(baseline.p95Us(), withAgent.p95Us());
    }

    /** A ratio stated as the percentage it exceeds 1 by (1.05 is 5 %), for budgets shown both ways. */
    public static double ratioAsPct(double ratio) {
        return (ratio - 1) * 100.0;
    }
}
