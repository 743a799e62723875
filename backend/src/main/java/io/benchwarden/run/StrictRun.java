package io.benchwarden.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.benchwarden.project.Project;

/**
 * One strict perf run: where and when it ran, what it measured, the verdict of the strict gate at ingest and
 * the artifacts exactly as uploaded. Children are stored with the run in one transaction and never alone.
 */
@Entity
@Table(name = "strict_run")
public class StrictRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    private String branch;

    @Column(name = "commit_sha")
    private String commitSha;

    private String runner;

    @Column(name = "ci_run_id")
    private String ciRunId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ingested_at", nullable = false)
    private Instant ingestedAt;

    @Column(name = "idempotency_key", nullable = false)
    private String idempotencyKey;

    @Column(nullable = false)
    private String fingerprint;

    @Column(nullable = false)
    private String status;

    @Column(name = "budget_version_id")
    private Long budgetVersionId;

    @OneToOne(mappedBy = "run", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    private HostEnvironmentEntity host;

    @OneToOne(mappedBy = "run", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    private SoakSummaryEntity soak;

    @OneToMany(mappedBy = "run", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind, withAgent")
    private List<ProfileMeasurementEntity> profiles = new ArrayList<>();

    @OneToMany(mappedBy = "run", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("source, position")
    private List<ComparisonRowEntity> comparisons = new ArrayList<>();

    @OneToMany(mappedBy = "run", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<GateRowEntity> gateRows = new ArrayList<>();

    @OneToMany(mappedBy = "run", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RunFindingEntity> findings = new ArrayList<>();

    @OneToMany(mappedBy = "run", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<RunArtifact> artifacts = new ArrayList<>();

    protected StrictRun() {
    }

    StrictRun(Project project, RunMetadata metadata, String idempotencyKey, String fingerprint, Instant ingestedAt) {
        this.project = project;
        this.branch = metadata.branch();
        this.commitSha = metadata.commit();
        this.runner = metadata.runner();
        this.ciRunId = metadata.ciRunId();
        this.startedAt = metadata.startedAt() != null ? metadata.startedAt() : ingestedAt;
        this.ingestedAt = ingestedAt;
        this.idempotencyKey = idempotencyKey;
        this.fingerprint = fingerprint;
    }

    /** Replaces the verdict: status, gate rows, the budget version they were judged by, and the findings. */
    void rejudge(io.benchwarden.contract.gate.StrictVerdict verdict, Long budgetVersionId,
            List<io.benchwarden.contract.Problem> newFindings) {
        this.status = verdict.status();
        this.budgetVersionId = budgetVersionId;
        gateRows.clear();
        for (int i = 0; i < verdict.rows().size(); i++) {
            gateRows.add(new GateRowEntity(this, i, verdict.rows().get(i)));
        }
        findings.clear();
        for (int i = 0; i < newFindings.size(); i++) {
            findings.add(new RunFindingEntity(this, i, newFindings.get(i)));
        }
    }

    void setHost(HostEnvironmentEntity host) {
        this.host = host;
    }

    void setSoak(SoakSummaryEntity soak) {
        this.soak = soak;
    }

    void addProfile(ProfileMeasurementEntity profile) {
        profiles.add(profile);
    }

    void addComparison(ComparisonRowEntity row) {
        comparisons.add(row);
    }

    void addArtifact(RunArtifact artifact) {
        artifacts.add(artifact);
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public String getBranch() {
        return branch;
    }

    public String getCommitSha() {
        return commitSha;
    }

    public String getRunner() {
        return runner;
    }

    public String getCiRunId() {
        return ciRunId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getIngestedAt() {
        return ingestedAt;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getStatus() {
        return status;
    }

    public Long getBudgetVersionId() {
        return budgetVersionId;
    }

    public List<RunFindingEntity> getFindings() {
        return findings;
    }

    public HostEnvironmentEntity getHost() {
        return host;
    }

    public SoakSummaryEntity getSoak() {
        return soak;
    }

    public List<ProfileMeasurementEntity> getProfiles() {
        return profiles;
    }

    public List<ComparisonRowEntity> getComparisons() {
        return comparisons;
    }

    public List<GateRowEntity> getGateRows() {
        return gateRows;
    }

    public List<RunArtifact> getArtifacts() {
        return artifacts;
    }
}
