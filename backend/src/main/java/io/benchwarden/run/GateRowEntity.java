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

import io.benchwarden.contract.gate.GateRow;
import io.benchwarden.contract.gate.RowInterval;

@Entity
@Table(name = "gate_row")
public class GateRowEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gate_row_ids")
    @SequenceGenerator(name = "gate_row_ids", sequenceName = "gate_row_ids", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id")
    private StrictRun run;

    private int position;
    @Column(nullable = false)
    private String scenario;
    @Column(nullable = false)
    private String metric;
    private double value;
    private double budget;
    @Column(nullable = false)
    private String comparator;
    @Column(nullable = false)
    private String unit;
    private boolean pass;
    @Column(nullable = false)
    private String evidence;
    @Column(name = "budget_source", nullable = false)
    private String budgetSource;
    @Column(name = "ci_low")
    private Double ciLow;
    @Column(name = "ci_high")
    private Double ciHigh;
    @Column(name = "ci_level")
    private Double ciLevel;
    @Column(name = "ci_rounds")
    private Integer ciRounds;
    private String confidence;

    protected GateRowEntity() {
    }

    GateRowEntity(StrictRun run, int position, GateRow row) {
        this.run = run;
        this.position = position;
        this.scenario = row.scenario();
        this.metric = row.metric();
        this.value = row.value();
        this.budget = row.budget();
        this.comparator = row.comparator();
        this.unit = row.unit();
        this.pass = row.pass();
        this.evidence = row.evidence();
        this.budgetSource = row.budgetSource();
        if (row.interval() != null) {
            this.ciLow = row.interval().low();
            this.ciHigh = row.interval().high();
            this.ciLevel = row.interval().level();
            this.ciRounds = row.interval().rounds();
            this.confidence = row.interval().confidence();
        }
    }

    public GateRow toGateRow() {
        return new GateRow(scenario, metric, value, budget, comparator, unit, pass, evidence, budgetSource,
                confidence == null ? null : new RowInterval(ciLow, ciHigh, ciLevel, ciRounds, confidence));
    }
}
