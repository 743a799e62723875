package io.benchwarden.triage;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import io.benchwarden.alert.AlertHistory;
import io.benchwarden.alert.AlertLifecycle;
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
 * The triage page: every commit of a branch with a hosted alert or a strict failure, the evidence behind it and
 * the alerts' audit trails. Moving an alert is a POST by a logged-in user, answered with a redirect to the page.
 */
@Controller
@WebPage
class TriagePageController {

    static final String TRIAGE = "projects/triage";

    /** A listed commit with its hosted alerts first, then the strict alerts of the run covering it. */
    record CommitRow(TriageService.CommitView commit, List<TriageService.AlertEvidence> alerts) {
    }

    private final TriageService triage;
    private final AlertLifecycle lifecycle;
    private final AlertHistory history;
    private final ProjectRepository projects;

    TriagePageController(TriageService triage, AlertLifecycle lifecycle, AlertHistory history,
            ProjectRepository projects) {
        this.triage = triage;
        this.lifecycle = lifecycle;
        this.history = history;
        this.projects = projects;
    }

    @GetMapping("/projects/{name}/triage")
    String triage(@PathVariable String name, @RequestParam(required = false) String branch, Model model) {
        TriageService.BranchTriage branchTriage = triage.triage(name, branch);
        List<CommitRow> commits = new ArrayList<>(branchTriage.commits().stream()
                .filter(c -> !Classification.CLEAN.wireName().equals(c.classification()))
                .map(c -> new CommitRow(c, Stream.concat(c.hostedAlerts().stream(), c.strictAlerts().stream())
                        .toList()))
                .toList());
        // Newest first: what was just pushed is what someone is deciding about.
        Collections.reverse(commits);
        List<Long> alertIds = commits.stream().flatMap(c -> c.alerts().stream())
                .map(TriageService.AlertEvidence::id).toList();
        model.addAttribute("triage", branchTriage);
        model.addAttribute("demo", projects.findByName(name).map(Project::isDemo).orElse(false));
        model.addAttribute("commits", commits);
        model.addAttribute("history", history.of(alertIds));
        return TRIAGE;
    }

    @PostMapping("/projects/{name}/triage/alerts/{id}")
    String move(@PathVariable String name, @PathVariable long id, @RequestParam String action,
            @RequestParam(required = false) String note, @RequestParam(required = false) String branch,
            Principal user, RedirectAttributes redirect) {
        TriageAction chosen = TriageAction.fromForm(action).orElseThrow(() -> new ApiException(
                HttpStatus.BAD_REQUEST, "bad_request", "unknown triage action " + action));
        if (!lifecycle.read(id).project().equals(name)) {
            throw ApiException.notFound("alert " + id + " of project " + name);
        }
        try {
            AlertLifecycle.AlertView moved = lifecycle.transition(id, chosen.targetState(), note, user.getName());
            redirect.addFlashAttribute("message", chosen == TriageAction.NOTE
                    ? "Note added to alert #" + id + "."
                    : "Alert #" + id + " is now " + moved.state().replace('_', ' ') + ".");
        }
        catch (ApiException ex) {
            redirect.addFlashAttribute("problem", ex.describe());
        }
        String page = UriComponentsBuilder.fromPath("/projects/{name}/triage")
                .queryParamIfPresent("branch", java.util.Optional.ofNullable(branch).filter(b -> !b.isBlank()))
                .fragment("alert-" + id).buildAndExpand(name).encode().toUriString();
        return "redirect:" + page;
    }
}
