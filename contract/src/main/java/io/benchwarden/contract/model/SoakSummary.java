package io.benchwarden.contract.model;

/** The gate-relevant part of {@code soak_summary.json} as the reference soak script writes it. */
public record SoakSummary(long durationSeconds, long workers, long rssGrowthKb, long maxAllowedRssGrowthKb,
        long maxRingbufDropsTotal, long maxAllowedDrops, long maxDecisionEvents, long minTotalDecisions,
        double maxDropRatioPct, double maxAllowedDropRatioPct, boolean pass) {
}
