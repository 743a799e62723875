package io.benchwarden.triage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.benchwarden.alert.AlertHistory;
import io.benchwarden.alert.AlertKind;
import io.benchwarden.alert.AlertLifecycle;
import io.benchwarden.alert.AlertState;
import io.benchwarden.alert.SummaryQueries;
import io.benchwarden.project.Project;
import io.benchwarden.project.ProjectRepository;
import io.benchwarden.system.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Alert summaries as the API and the triage page show them: each with its alerts and their trails, its own trail,
 * and the commits of its range (those the strict runs from its first bad run to its last run decide, and those
 * its hosted alerts were raised on), oldest first.
 */
@Service
public class SummaryViews {

    /** The most summaries one answer lists, newest first. */
    static final int LIMIT = 200;

    private final SummaryQueries queries;
    private final AlertHistory alertHistory;
    private final TriageService triage;
    private final ProjectRepository projects;
    private final StrictRange range;

    SummaryViews(SummaryQueries queries, AlertHistory alertHistory, TriageService triage, ProjectRepository projects,
            StrictRange range) {
        this.queries = queries;
        this.alertHistory = alertHistory;
        this.triage = triage;
        this.projects = projects;
        this.range = range;
    }

    /** @param run {@code #12} or {@code H-11}; {@code runPath} the run's page */
    public record AlertItem(long id, String kind, long runId, String run, String runPath, String commit,
            String subject, String detail, String state, List<AlertLifecycle.Event> history) {
    }

    /**
     * @param kind {@code strict} when it holds failed strict rows, {@code hosted} for hosted alerts alone
     * @param rows the strict rows ({@code scenario/metric}) it holds; {@code series} the hosted series
     * @param path its place on the triage page
     */
    public record SummaryView(long id, String project, String branch, String state, String kind, Long firstRun,
            Long lastRun, Long fixedByRun, Long mergedInto, List<String> commits, List<String> rows,
            List<String> series, List<AlertItem> alerts, List<SummaryQueries.Entry> history, String path,
            Instant createdAt, Instant updatedAt) {
    }

    public record SummaryList(String project, String branch, String state, List<SummaryView> summaries) {
    }

    /** An alert a run raised, with where it and its summary are on the triage page. */
    public record RunAlert(long id, String subject, String state, long summaryId, String summaryState,
            String alertPath, String summaryPath) {
    }

    /** The alerts a run raised, each linked to its place on the triage page and to its summary's. */
    @Transactional(readOnly = true)
    public List<RunAlert> ofRun(AlertKind kind, long runId) {
        List<SummaryQueries.Member> alerts = queries.ofRun(kind, runId);
        Map<Long, SummaryQueries.Summary> summaries = new HashMap<>();
        alerts.forEach(a -> summaries.computeIfAbsent(a.summaryId(), id -> queries.find(id).orElseThrow()));
        return alerts.stream().map(a -> {
            SummaryQueries.Summary summary = summaries.get(a.summaryId());
            return new RunAlert(a.id(), a.subject(), a.state(), summary.id(), summary.state(),
                    page(summary, "alert-" + a.id()), page(summary, "summary-" + summary.id()));
        }).toList();
    }

    /** @param state a wire name to keep only that state, or null for all */
    @Transactional(readOnly = true)
    public SummaryList list(String projectName, String branch, String state) {
        Project project = projects.findByName(projectName)
                .orElseThrow(() -> ApiException.notFound("project " + projectName));
        String shown = branch == null || branch.isBlank() ? project.getDefaultBranch() : branch;
        String wanted = state == null || state.isBlank() ? null : AlertState.require(state).wireName();
        List<SummaryQueries.Summary> found = queries.ofBranch(project.getId(), shown, wanted, LIMIT);
        return new SummaryList(project.getName(), shown, wanted, views(project.getId(), shown, found));
    }

    @Transactional(readOnly = true)
    public SummaryView one(long id) {
        SummaryQueries.Summary summary = queries.find(id)
                .orElseThrow(() -> ApiException.notFound("alert summary " + id));
        return views(summary.projectId(), summary.branch(), List.of(summary)).get(0);
    }

    private List<SummaryView> views(long projectId, String branch, List<SummaryQueries.Summary> summaries) {
        List<Long> ids = summaries.stream().map(SummaryQueries.Summary::id).toList();
        Map<Long, List<SummaryQueries.Member>> members = queries.members(ids);
        Map<Long, List<SummaryQueries.Entry>> history = queries.history(ids);
        Map<Long, List<AlertLifecycle.Event>> trails = alertHistory.of(members.values().stream()
                .flatMap(List::stream).map(SummaryQueries.Member::id).toList());
        List<CommitTriage> commits = summaries.isEmpty() ? List.of() : triage.commits(projectId, branch);
        List<SummaryView> views = new ArrayList<>();
        for (SummaryQueries.Summary s : summaries) {
            List<SummaryQueries.Member> alerts = members.getOrDefault(s.id(), List.of());
            List<AlertItem> items = alerts.stream().map(a -> new AlertItem(a.id(), a.kind(), a.runId(), a.run(),
                    ("hosted".equals(a.kind()) ? "/hosted-runs/" : "/runs/") + a.runId(), a.commit(), a.subject(),
                    a.detail(), a.state(), trails.getOrDefault(a.id(), List.of()))).toList();
            List<String> rows = alerts.stream().filter(a -> "strict".equals(a.kind()))
                    .map(SummaryQueries.Member::subject).distinct().sorted().toList();
            List<String> series = alerts.stream().filter(a -> "hosted".equals(a.kind()))
                    .map(SummaryQueries.Member::subject).distinct().sorted().toList();
            views.add(new SummaryView(s.id(), s.project(), s.branch(), s.state(), s.firstRunId() == null ? "hosted"
                    : "strict", s.firstRunId(), s.lastRunId(), s.fixedByRunId(), s.mergedIntoId(),
                    commits(s, alerts, commits), rows, series, items, history.getOrDefault(s.id(), List.of()),
                    page(s, "summary-" + s.id()), s.createdAt(), s.updatedAt()));
        }
        return views;
    }

    private List<String> commits(SummaryQueries.Summary summary, List<SummaryQueries.Member> alerts,
            List<CommitTriage> branchCommits) {
        Set<Long> runs = summary.firstRunId() == null ? Set.of()
                : range.runs(summary.firstRunId(), summary.lastRunId());
        Set<String> commits = new LinkedHashSet<>();
        branchCommits.stream().filter(c -> c.coveringRun() != null && runs.contains(c.coveringRun().id()))
                .forEach(c -> commits.add(c.commit()));
        alerts.stream().map(SummaryQueries.Member::commit).filter(c -> c != null).forEach(commits::add);
        return List.copyOf(commits);
    }

    /** A place on the triage page of the summary's branch. */
    private static String page(SummaryQueries.Summary summary, String fragment) {
        return UriComponentsBuilder.fromPath("/projects/{name}/triage")
                .queryParamIfPresent("branch", Optional.ofNullable(summary.branch()))
                .fragment(fragment).buildAndExpand(summary.project()).encode().toUriString();
    }
}
