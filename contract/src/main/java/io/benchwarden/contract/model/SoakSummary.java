package io.benchwarden.contract.model;

/**
 * The gate-relevant part of {@code soak_summary.json} as the reference soak script writes it.
 *
 * @param referenceDropRatePct the drop rate as the reference SLO gate computes it: {@code event_drop_ratio_pct}
 *     when the summary has it, else {@code ringbuf_drops / total_events} (or {@code decision_events}) in percent,
 *     else 0 — the soak script writes none of those keys, so with its output this is 0 and the script's own
 *     {@code max_drop_ratio_pct} is what measures drops
 */
public record SoakSummary(long durationSeconds, long workers, long rssGrowthKb, long maxAllowedRssGrowthKb,
        long maxRingbufDropsTotal, long maxAllowedDrops, long maxDecisionEvents, long minTotalDecisions,
        double maxDropRatioPct, double maxAllowedDropRatioPct, boolean pass, double referenceDropRatePct) {
}
