package io.benchwarden.triage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.benchwarden.project.Project;
import io.benchwarden.project.ProjectRepository;
import io.benchwarden.system.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a branch's strict runs, commit sightings and hosted alerts from the database and lets the
 * {@link Reconciler} classify each commit; then attaches the evidence (alerts with their state) a person triages.
 * The window is the most recent {@value #WINDOW} strict runs on the branch and what was seen since the oldest.
 */
@Service
public class TriageService {

    static final int WINDOW = 500;

    private final JdbcClient jdbc;
    private final ProjectRepository projects;

    TriageService(JdbcClient jdbc, ProjectRepository projects) {
        this.jdbc = jdbc;
        this.projects = projects;
    }

    public record AlertEvidence(long id, String kind, long runId, String subject, String detail, String state) {
    }

    public record CommitView(String commit, Instant firstSeen, String classification, String sentence,
            Long coveringRunId, String coveringRunStatus, List<AlertEvidence> hostedAlerts,
            List<AlertEvidence> strictAlerts) {
    }

    public record BranchTriage(String project, String branch, List<CommitView> commits) {
    }

    @Transactional(readOnly = true)
    public BranchTriage triage(String projectName, String branch) {
        Project project = project(projectName);
        String effectiveBranch = branch == null || branch.isBlank() ? project.getDefaultBranch() : branch;
        List<CommitTriage> classified = classify(project.getId(), effectiveBranch);
        Map<String, List<AlertEvidence>> alerts = alertsByCommit(project.getId(), effectiveBranch,
                classified.stream().map(CommitTriage::commit).toList());
        List<CommitView> commits = new ArrayList<>();
        for (CommitTriage triage : classified) {
            List<AlertEvidence> evidence = alerts.getOrDefault(triage.commit(), List.of());
            commits.add(new CommitView(triage.commit(), triage.firstSeen(), triage.classification().wireName(),
                    triage.classification().sentence(),
                    triage.coveringRun() == null ? null : triage.coveringRun().id(),
                    triage.coveringRun() == null ? null : (triage.coveringRun().pass() ? "pass" : "fail"),
                    evidence.stream().filter(a -> a.kind().equals("hosted")).toList(),
                    evidence.stream().filter(a -> a.kind().equals("strict")
                            && triage.coveringRun() != null && a.runId() == triage.coveringRun().id()).toList()));
        }
        return new BranchTriage(project.getName(), effectiveBranch, commits);
    }

    /** Release pipelines ask about one commit; the project's default branch is where promotion happens. */
    @Transactional(readOnly = true)
    public PromotionDecision promotion(String projectName, String commit) {
        return decide(project(projectName), commit);
    }

    private PromotionDecision decide(Project project, String commit) {
        String normalized = commit.toLowerCase(java.util.Locale.ROOT);
        Optional<CommitTriage> triage = classify(project.getId(), project.getDefaultBranch()).stream()
                .filter(t -> t.commit().equals(normalized) || t.commit().startsWith(normalized) && normalized.length() >= 7)
                .findFirst();
        return triage.map(PromotionDecision::of).orElseGet(() -> PromotionDecision.unknownCommit(commit));
    }

    /** The commits of the branch's window in the order they were first seen, each with its covering strict run. */
    List<CommitTriage> commits(long projectId, String branch) {
        return classify(projectId, branch);
    }

    /** Each commit of the branch's window that a strict run decides, with that run. */
    Map<String, StrictRunOutcome> coverage(long projectId, String branch) {
        Map<String, StrictRunOutcome> covering = new java.util.HashMap<>();
        classify(projectId, branch).stream().filter(t -> t.coveringRun() != null)
                .forEach(t -> covering.put(t.commit(), t.coveringRun()));
        return covering;
    }

    /**
     * The promotion answer for the newest commit seen on the project's default branch (by a hosted or a strict
     * run), which is what a release would ship next; empty while the branch has seen none.
     */
    @Transactional(readOnly = true)
    public Optional<CommitPromotion> newestCommit(String projectName) {
        Project project = project(projectName);
        List<CommitTriage> commits = classify(project.getId(), project.getDefaultBranch());
        return commits.isEmpty() ? Optional.empty()
                : Optional.of(promotion(project, commits.get(commits.size() - 1).commit(),
                        PromotionDecision.of(commits.get(commits.size() - 1))));
    }

    /** The promotion answer for one commit, as pages show it. */
    @Transactional(readOnly = true)
    public CommitPromotion commitPromotion(String projectName, String commit) {
        Project project = project(projectName);
        return promotion(project, commit, decide(project, commit));
    }

    private static CommitPromotion promotion(Project project, String commit, PromotionDecision decision) {
        return new CommitPromotion(project.getName(), project.getDefaultBranch(), commit, decision);
    }

    private List<CommitTriage> classify(long projectId, String branch) {
        // Ordered by the Reconciler's time for a run (its start, never later than its upload); see the V7_1 index.
        List<StrictRunOutcome> strictRuns = jdbc.sql("""
                SELECT id, commit_sha, started_at, ingested_at, status FROM strict_run
                WHERE project_id = ? AND branch = ? AND commit_sha IS NOT NULL
                ORDER BY least(started_at, ingested_at) DESC, id DESC LIMIT ?""")
                .params(projectId, branch, WINDOW)
                .query((rs, n) -> new StrictRunOutcome(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(), "pass".equals(rs.getString(5))))
                .list();
        Instant since = strictRuns.isEmpty() ? Instant.EPOCH : strictRuns.get(strictRuns.size() - 1).measuredAt();
        // By upload time: a hosted run received since then is listed whatever start its client claims.
        List<CommitSighting> sightings = jdbc.sql("""
                SELECT commit_sha, min(started_at), min(ingested_at) FROM hosted_run
                WHERE project_id = ? AND branch = ? AND ingested_at >= ? GROUP BY commit_sha""")
                .params(projectId, branch, Timestamp.from(since))
                .query((rs, n) -> new CommitSighting(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant()))
                .list();
        Set<String> hostedAlerts = new HashSet<>(jdbc.sql("""
                SELECT DISTINCT commit_sha FROM alert
                WHERE project_id = ? AND branch = ? AND kind = 'hosted' AND created_at >= ?""")
                .params(projectId, branch, Timestamp.from(since))
                .query(String.class).list());
        return Reconciler.classify(strictRuns, sightings, hostedAlerts);
    }

    private Map<String, List<AlertEvidence>> alertsByCommit(long projectId, String branch, List<String> commits) {
        record Row(String commit, AlertEvidence evidence) {
        }
        if (commits.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT commit_sha, id, kind, run_id, subject, detail, state FROM alert
                WHERE project_id = :project AND branch = :branch AND commit_sha IN (:commits) ORDER BY id""")
                .param("project", projectId).param("branch", branch).param("commits", commits)
                .query((rs, n) -> new Row(rs.getString(1), new AlertEvidence(rs.getLong(2), rs.getString(3),
                        rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7))))
                .list().stream()
                .collect(Collectors.groupingBy(Row::commit, Collectors.mapping(Row::evidence, Collectors.toList())));
    }

    private Project project(String name) {
        return projects.findByName(name).orElseThrow(() -> ApiException.notFound("project " + name));
    }
}
