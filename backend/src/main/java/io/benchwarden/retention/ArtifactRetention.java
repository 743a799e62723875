package io.benchwarden.retention;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.benchwarden.project.Project;
import io.benchwarden.project.ProjectRepository;
import io.benchwarden.system.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per project, how long raw artifact bytes are kept, and the pruning itself. Pruning empties the bytes of every
 * artifact (and hosted benchmark.json) stored more than N days ago — by when it arrived, so a run uploaded late
 * keeps its bytes for the full period — and records when. The artifact's row, name and SHA-256 stay, as do the
 * run's measurements, gate rows, alerts and their audit trail. Without a period nothing is ever pruned.
 */
@Service
public class ArtifactRetention {

    static final int MAX_DAYS = 36_500;

    private final JdbcClient jdbc;
    private final ProjectRepository projects;

    ArtifactRetention(JdbcClient jdbc, ProjectRepository projects) {
        this.jdbc = jdbc;
        this.projects = projects;
    }

    /** @param days the retention period, or {@code null} to keep artifacts for ever */
    public record Setting(String project, Integer days) {
    }

    /** @param cutoff artifacts stored before this moment were pruned */
    public record Pruned(String project, Instant cutoff, int artifacts, int hostedRuns) {
    }

    public Setting setting(String project) {
        Project found = projects.require(project);
        return new Setting(found.getName(), days(found.getId()));
    }

    /** The page's helper: the period of a project, or {@code null}. */
    public Integer daysOf(String project) {
        return setting(project).days();
    }

    @Transactional
    public Setting change(String project, Integer days) {
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_retention",
                    "artifact_retention_days must be 1 to " + MAX_DAYS + " (or null to keep artifacts), got " + days);
        }
        Project found = projects.require(project);
        jdbc.sql("UPDATE project SET artifact_retention_days = ? WHERE id = ?").params(days, found.getId()).update();
        return new Setting(found.getName(), days);
    }

    /** Prunes one project now, by its period; refused (409) when it has none. */
    @Transactional
    public Pruned pruneNow(String project, Instant now) {
        Project found = projects.require(project);
        Integer days = days(found.getId());
        if (days == null) {
            throw new ApiException(HttpStatus.CONFLICT, "no_retention",
                    "project " + found.getName() + " keeps its artifacts: set artifact_retention_days first");
        }
        return prune(found.getId(), found.getName(), days, now);
    }

    /** Every project with a period, as the scheduled job runs it. */
    @Transactional
    public List<Pruned> pruneAll(Instant now) {
        record WithPeriod(long id, String name, int days) {
        }
        return jdbc.sql("SELECT id, name, artifact_retention_days FROM project WHERE artifact_retention_days IS NOT NULL "
                + "ORDER BY id").query((rs, n) -> new WithPeriod(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .list().stream().map(p -> prune(p.id(), p.name(), p.days(), now)).toList();
    }

    private Pruned prune(long projectId, String name, int days, Instant now) {
        Instant cutoff = now.minus(Duration.ofDays(days));
        Map<String, Object> params = Map.of("project", projectId, "cutoff", Timestamp.from(cutoff), "now",
                Timestamp.from(now));
        int artifacts = jdbc.sql("""
                UPDATE run_artifact SET content = NULL, pruned_at = :now
                WHERE pruned_at IS NULL
                  AND run_id IN (SELECT id FROM strict_run WHERE project_id = :project AND ingested_at < :cutoff)""")
                .params(params).update();
        int hosted = jdbc.sql("""
                UPDATE hosted_run SET content = NULL, content_pruned_at = :now
                WHERE project_id = :project AND ingested_at < :cutoff AND content_pruned_at IS NULL""")
                .params(params).update();
        return new Pruned(name, cutoff, artifacts, hosted);
    }

    private Integer days(long projectId) {
        return jdbc.sql("SELECT artifact_retention_days FROM project WHERE id = ?").param(projectId)
                .query((rs, n) -> java.util.Optional.ofNullable((Integer) rs.getObject(1))).single().orElse(null);
    }
}
