package io.benchwarden.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.benchwarden.contract.model.Comparison;

/** open_compare.json ({@link #OPEN_COMPARE}) or one workload_suite.json row ({@link #WORKLOAD}). */
@Entity
@Table(name = "comparison_row")
public class ComparisonRowEntity {

    public static final String OPEN_COMPARE = "open_compare";
    public static final String WORKLOAD = "workload";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comparison_row_ids")
    @SequenceGenerator(name = "comparison_row_ids", sequenceName = "comparison_row_ids", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id")
    private StrictRun run;

    @Column(nullable = false)
    private String source;
    private int position;
    @Column(nullable = false)
    private String name;
    @Column(name = "baseline_us_per_op")
    private double baselineUsPerOp;
    @Column(name = "with_agent_us_per_op")
    private double withAgentUsPerOp;
    @Column(name = "delta_us_per_op")
    private double deltaUsPerOp;
    @Column(name = "delta_pct")
    private double deltaPct;
    @Column(name = "max_allowed_pct")
    private double maxAllowedPct;
    private boolean pass;

    protected ComparisonRowEntity() {
    }

    ComparisonRowEntity(StrictRun run, String source, int position, Comparison comparison) {
        this.run = run;
        this.source = source;
        this.position = position;
        this.name = comparison.name();
        this.baselineUsPerOp = comparison.baselineUsPerOp();
        this.withAgentUsPerOp = comparison.withAgentUsPerOp();
        this.deltaUsPerOp = comparison.deltaUsPerOp();
        this.deltaPct = comparison.deltaPct();
        this.maxAllowedPct = comparison.maxAllowedPct();
        this.pass = comparison.pass();
    }

    public String getSource() {
        return source;
    }

    public String getName() {
        return name;
    }

    public double getBaselineUsPerOp() {
        return baselineUsPerOp;
    }

    public double getWithAgentUsPerOp() {
        return withAgentUsPerOp;
    }

    public double getDeltaUsPerOp() {
        return deltaUsPerOp;
    }

    public double getDeltaPct() {
        return deltaPct;
    }

    public double getMaxAllowedPct() {
        return maxAllowedPct;
    }

    public boolean isPass() {
        return pass;
    }
}
