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

import io.benchwarden.contract.Problem;

/** Something wrong with an accepted run that is not malformed input, shown beside its verdict. */
@Entity
@Table(name = "run_finding")
public class RunFindingEntity {

    private static final int MESSAGE_LIMIT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "run_finding_ids")
    @SequenceGenerator(name = "run_finding_ids", sequenceName = "run_finding_ids", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id")
    private StrictRun run;

    private int position;
    @Column(nullable = false)
    private String artifact;
    @Column(nullable = false)
    private String field;
    @Column(nullable = false)
    private String message;

    protected RunFindingEntity() {
    }

    RunFindingEntity(StrictRun run, int position, Problem finding) {
        this.run = run;
        this.position = position;
        this.artifact = finding.artifact();
        this.field = finding.field();
        this.message = finding.message().length() > MESSAGE_LIMIT ? finding.message().substring(0, MESSAGE_LIMIT)
                : finding.message();
    }

    public Problem toProblem() {
        return new Problem(artifact, field, message);
    }
}
