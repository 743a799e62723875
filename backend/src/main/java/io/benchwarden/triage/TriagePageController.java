package io.benchwarden.triage;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.benchwarden.alert.AlertLifecycle;
import io.benchwarden.alert.AlertState;
import io.benchwarden.alert.AlertSummaries;
import io.benchwarden.alert.SummaryQueries;
import io.benchwarden.project.Project;
import io.benchwarden.project.ProjectRepository;
import io.benchwarden.system.ApiException;
import io.benchwarden.system.WebPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The triage page: a branch's alert summaries, newest first and filtered by state, each with the actions that
 * apply to its state, its alerts and their trails; the branch's recent hosted runs that compared nothing; then every
 * commit with a hosted alert or a strict failure and its classification. Moving a summary (with all its alerts) or one alert is a POST by a logged-in triager,
 * answered with a redirect back to it.
 */
@Controller
@WebPage
class TriagePageController {

    static final String TRIAGE = "projects/triage";
    static final String SPLIT = "split";

    /** A listed commit with its hosted alerts first, then the strict alerts of the run covering it. */
    record CommitRow(TriageService.CommitView commit, List<TriageService.AlertEvidence> alerts) {
    }

    private final TriageService triage;
    private final SummaryViews summaries;
    private final AlertSummaries moves;
    private final SummaryQueries summaryQueries;
    private final AlertLifecycle lifecycle;
    private final ProjectRepository projects;
    private final HostedRunWarnings hostedWarnings;

    TriagePageController(TriageService triage, SummaryViews summaries, AlertSummaries moves,
            SummaryQueries summaryQueries, AlertLifecycle lifecycle, ProjectRepository projects,
            HostedRunWarnings hostedWarnings) {
        this.triage = triage;
        this.summaries = summaries;
        this.moves = moves;
        this.summaryQueries = summaryQueries;
        this.lifecycle = lifecycle;
        this.projects = projects;
        this.hostedWarnings = hostedWarnings;
    }

    @GetMapping("/projects/{name}/triage")
    String triage(@PathVariable String name, @RequestParam(required = false) String branch,
            @RequestParam(required = false) String state, Model model) {
        TriageService.BranchTriage branchTriage = triage.triage(name, branch);
        List<CommitRow> commits = new ArrayList<>(branchTriage.commits().stream()
                .filter(c -> !Classification.CLEAN.wireName().equals(c.classification()))
                .map(c -> new CommitRow(c, Stream.concat(c.hostedAlerts().stream(), c.strictAlerts().stream())
                        .toList()))
                .toList());
        // Newest first: what was just pushed is what someone is deciding about.
        Collections.reverse(commits);
        Map<String, List<TriageAction>> offered = new LinkedHashMap<>();
        Arrays.stream(AlertState.values()).forEach(s -> offered.put(s.wireName(), TriageAction.offeredFor(s.wireName())));
        model.addAttribute("triage", branchTriage);
        model.addAttribute("demo", projects.findByName(name).map(Project::isDemo).orElse(false));
        model.addAttribute("summaries", summaries.list(name, branchTriage.branch(), state));
        model.addAttribute("commits", commits);
        model.addAttribute("hostedWarnings", hostedWarnings.recent(name, branchTriage.branch()));
        model.addAttribute("hostedWarningsWindow", HostedRunWarnings.NEWEST_RUNS);
        model.addAttribute("promotion", triage.newestCommit(name).orElse(null));
        model.addAttribute("states", offered.keySet());
        model.addAttribute("offered", offered);
        return TRIAGE;
    }

    @PostMapping("/projects/{name}/triage/summaries/{id}")
    String moveSummary(@PathVariable String name, @PathVariable long id, @RequestParam String action,
            @RequestParam(required = false) String note, @RequestParam(required = false) String branch,
            @RequestParam(required = false) String state, Principal user, RedirectAttributes redirect) {
        TriageAction chosen = action(action);
        if (!summaryQueries.find(id).map(SummaryQueries.Summary::project).orElse("").equals(name)) {
            throw ApiException.notFound("alert summary " + id + " of project " + name);
        }
        try {
            AlertSummaries.Moved moved = moves.move(id, chosen.targetState(), note, user.getName());
            redirect.addFlashAttribute("message", chosen == TriageAction.NOTE ? "Note added to summary " + id + "."
                    : "Summary " + id + " is now " + words(moved.state()) + "; " + moved.alertsMoved()
                            + (moved.alertsMoved() == 1 ? " alert" : " alerts") + " moved with it.");
        }
        catch (ApiException ex) {
            redirect.addFlashAttribute("problem", ex.describe());
        }
        return back(name, branch, state, "summary-" + id);
    }

    @PostMapping("/projects/{name}/triage/alerts/{id}")
    String moveAlert(@PathVariable String name, @PathVariable long id, @RequestParam String action,
            @RequestParam(required = false) String note, @RequestParam(required = false) String branch,
            @RequestParam(required = false) String state, Principal user, RedirectAttributes redirect) {
        TriageAction chosen = SPLIT.equals(action) ? null : action(action);
        if (!lifecycle.owner(id).project().equals(name)) {
            throw ApiException.notFound("alert " + id + " of project " + name);
        }
        try {
            if (chosen == null) {
                long created = moves.split(id, note, user.getName());
                redirect.addFlashAttribute("message", "Alert #" + id + " is now alone in summary " + created + ".");
                return back(name, branch, state, "summary-" + created);
            }
            AlertLifecycle.AlertView moved = lifecycle.transition(id, chosen.targetState(), note, user.getName());
            redirect.addFlashAttribute("message", chosen == TriageAction.NOTE
                    ? "Note added to alert #" + id + "."
                    : "Alert #" + id + " is now " + words(moved.state()) + ".");
        }
        catch (ApiException ex) {
            redirect.addFlashAttribute("problem", ex.describe());
        }
        return back(name, branch, state, "alert-" + id);
    }

    private static TriageAction action(String action) {
        return TriageAction.fromForm(action).orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST,
                "bad_request", "unknown triage action " + action));
    }

    private static String words(String state) {
        return state.replace('_', ' ');
    }

    private static String back(String name, String branch, String state, String fragment) {
        String page = UriComponentsBuilder.fromPath("/projects/{name}/triage")
                .queryParamIfPresent("branch", Optional.ofNullable(branch).filter(b -> !b.isBlank()))
                .queryParamIfPresent("state", Optional.ofNullable(state).filter(s -> !s.isBlank()))
                .fragment(fragment).buildAndExpand(name).encode().toUriString();
        return "redirect:" + page;
    }
}
