package io.benchwarden.run;

import java.time.Instant;

import jakarta.persistence.Basic;
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

/**
 * An uploaded artifact, byte-for-byte. The content is loaded only when someone downloads it; retention may empty
 * it later, keeping the name and SHA-256.
 */
@Entity
@Table(name = "run_artifact")
public class RunArtifact {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "run_artifact_ids")
    @SequenceGenerator(name = "run_artifact_ids", sequenceName = "run_artifact_ids", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id")
    private StrictRun run;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String sha256;

    /** {@code null} once pruned by the project's retention period. */
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(name = "pruned_at")
    private Instant prunedAt;

    protected RunArtifact() {
    }

    RunArtifact(StrictRun run, String name, String sha256, byte[] content) {
        this.run = run;
        this.name = name;
        this.sha256 = sha256;
        this.content = content;
    }

    public String getName() {
        return name;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }

    /** When retention emptied the bytes, or {@code null} while they are kept. */
    public Instant getPrunedAt() {
        return prunedAt;
    }
}
