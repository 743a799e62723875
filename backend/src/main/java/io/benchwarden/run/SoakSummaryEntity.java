package io.benchwarden.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import io.benchwarden.contract.model.SoakSummary;

@Entity
@Table(name = "soak_summary")
public class SoakSummaryEntity {

    @Id
    @Column(name = "run_id")
    private Long runId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "run_id")
    private StrictRun run;

    @Column(name = "duration_seconds")
    private long durationSeconds;
    private long workers;
    @Column(name = "rss_growth_kb")
    private long rssGrowthKb;
    @Column(name = "max_allowed_rss_growth_kb")
    private long maxAllowedRssGrowthKb;
    @Column(name = "max_ringbuf_drops_total")
    private long maxRingbufDropsTotal;
    @Column(name = "max_allowed_drops")
    private long maxAllowedDrops;
    @Column(name = "max_decision_events")
    private long maxDecisionEvents;
    @Column(name = "min_total_decisions")
    private long minTotalDecisions;
    @Column(name = "max_drop_ratio_pct")
    private double maxDropRatioPct;
    @Column(name = "max_allowed_drop_ratio_pct")
    private double maxAllowedDropRatioPct;
    private boolean pass;

    @Column(name = "reference_drop_rate_pct")
    private double referenceDropRatePct;

    protected SoakSummaryEntity() {
    }

    SoakSummaryEntity(StrictRun run, SoakSummary soak) {
        this.run = run;
        this.durationSeconds = soak.durationSeconds();
        this.workers = soak.workers();
        this.rssGrowthKb = soak.rssGrowthKb();
        this.maxAllowedRssGrowthKb = soak.maxAllowedRssGrowthKb();
        this.maxRingbufDropsTotal = soak.maxRingbufDropsTotal();
        this.maxAllowedDrops = soak.maxAllowedDrops();
        this.maxDecisionEvents = soak.maxDecisionEvents();
        this.minTotalDecisions = soak.minTotalDecisions();
        this.maxDropRatioPct = soak.maxDropRatioPct();
        this.maxAllowedDropRatioPct = soak.maxAllowedDropRatioPct();
        this.pass = soak.pass();
        this.referenceDropRatePct = soak.referenceDropRatePct();
    }

    public SoakSummary toSoakSummary() {
        return new SoakSummary(durationSeconds, workers, rssGrowthKb, maxAllowedRssGrowthKb, maxRingbufDropsTotal,
                maxAllowedDrops, maxDecisionEvents, minTotalDecisions, maxDropRatioPct, maxAllowedDropRatioPct, pass,
                referenceDropRatePct);
    }
}
