package io.benchwarden.token;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.benchwarden.project.Project;
import io.benchwarden.system.ApiException;
import org.springframework.http.HttpStatus;

/** An upload token, known only by its SHA-256 digest. A token without a project may upload to any project. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected ApiToken() {
    }

    public ApiToken(String name, String tokenHash, Long projectId) {
        this(name, tokenHash, projectId, null);
    }

    /** @param expiresAt when the token stops working; {@code null} for never (until revoked) */
    public ApiToken(String name, String tokenHash, Long projectId, Instant expiresAt) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.projectId = projectId;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    /** The moment this token stopped working, when it has an expiry and that moment is not after {@code now}. */
    public Optional<Instant> expiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now) ? Optional.of(expiresAt)
                : Optional.empty();
    }

    public boolean wasNotUsedSince(Instant moment) {
        return lastUsedAt == null || lastUsedAt.isBefore(moment);
    }

    public boolean allowsProject(Long candidateProjectId) {
        return projectId == null || projectId.equals(candidateProjectId);
    }

    /** Refuses (403) an upload to a project this token is not for. */
    public void requireProject(Project project) {
        requireProject(project.getId(), project.getName());
    }

    /** Refuses (403, naming the project) any write (an upload, an alert event) to another project. */
    public void requireProject(long candidateProjectId, String projectName) {
        if (!allowsProject(candidateProjectId)) {
            throw forbidden(projectName);
        }
    }

    /**
     * Refuses (403) an upload that would create a project: a token scoped to a project may only write to that one,
     * which exists, so a scoped token's refused upload never leaves a new project behind.
     */
    public void requireMayCreateProject(String name) {
        if (projectId != null) {
            throw forbidden(name);
        }
    }

    private static ApiException forbidden(String name) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden",
                "this token may only write to its own project, not to " + name);
    }
}
