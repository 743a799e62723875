package io.benchwarden.triage;

import java.net.URI;

import io.benchwarden.alert.AlertLifecycle;
import io.benchwarden.alert.AlertSummaries;
import io.benchwarden.alert.SummaryQueries;
import io.benchwarden.system.ApiException;
import io.benchwarden.token.ApiToken;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alert summaries through the API: read a branch's, move one with all its alerts, split an alert out of its
 * summary. A token moves only its own project's summaries and alerts; people are scoped by role only.
 */
@RestController
class AlertSummaryApiController {

    private final SummaryViews views;
    private final AlertSummaries summaries;
    private final SummaryQueries queries;
    private final AlertLifecycle alerts;

    AlertSummaryApiController(SummaryViews views, AlertSummaries summaries, SummaryQueries queries,
            AlertLifecycle alerts) {
        this.views = views;
        this.summaries = summaries;
        this.queries = queries;
        this.alerts = alerts;
    }

    record EventRequest(String state, String note) {
    }

    record SplitRequest(String note) {
    }

    @GetMapping("/api/v1/alert-summaries")
    SummaryViews.SummaryList list(@RequestParam String project, @RequestParam(required = false) String branch,
            @RequestParam(required = false) String state) {
        return views.list(project, branch, state);
    }

    @GetMapping("/api/v1/alert-summaries/{id}")
    SummaryViews.SummaryView one(@PathVariable long id) {
        return views.one(id);
    }

    @PostMapping("/api/v1/alert-summaries/{id}/events")
    SummaryViews.SummaryView move(@PathVariable long id, @RequestBody EventRequest request, Authentication caller) {
        SummaryQueries.Summary summary = queries.find(id)
                .orElseThrow(() -> ApiException.notFound("alert summary " + id));
        summaries.move(id, request.state(), request.note(), actor(caller, summary.projectId(), summary.project()));
        return views.one(id);
    }

    @PostMapping("/api/v1/alerts/{id}/split")
    ResponseEntity<SummaryViews.SummaryView> split(@PathVariable long id,
            @RequestBody(required = false) SplitRequest request, Authentication caller) {
        AlertLifecycle.Owner owner = alerts.owner(id);
        String actor = actor(caller, owner.projectId(), owner.project());
        long created = summaries.split(id, request == null ? null : request.note(), actor);
        return ResponseEntity.created(URI.create("/api/v1/alert-summaries/" + created)).body(views.one(created));
    }

    /** The name the trail records; a token must be for the project (403 naming it), as for single alerts. */
    private static String actor(Authentication caller, long projectId, String project) {
        if (caller.getPrincipal() instanceof ApiToken token) {
            token.requireProject(projectId, project);
            return "token:" + token.getName();
        }
        return caller.getName();
    }
}
