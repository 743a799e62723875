package io.benchwarden.run;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.system.Csv;
import io.benchwarden.system.Links;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read side of the run API: history pages, one run in full, its artifacts and its canonical reports. */
@RestController
class RunApiController {

    private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    private static final List<String> CSV_HEADER = List.of("id", "project", "branch", "commit", "runner", "ci_run_id",
            "started_at", "ingested_at", "status", "url");

    private final RunQueries queries;
    private final RunDetails details;
    private final Links links;

    RunApiController(RunQueries queries, RunDetails details, Links links) {
        this.queries = queries;
        this.details = details;
        this.links = links;
    }

    @GetMapping("/api/v1/runs")
    RunViews.RunPage list(@RequestParam(required = false) String project,
            @RequestParam(required = false) String branch, @RequestParam(required = false) String runner,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "" + RunQueries.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) Long before) {
        RunQueries.checkedLimit(limit);
        List<RunViews.RunSummary> runs = queries.page(
                new RunQueries.Filter(project, branch, runner, status, null, null, before, limit), links);
        String next = runs.size() < limit ? null : nextLink(project, branch, runner, status, limit,
                runs.get(runs.size() - 1).id());
        return new RunViews.RunPage(runs, next);
    }

    /** The same page as CSV, one row per run; the next page is in the {@code Link} header. */
    @GetMapping(path = "/api/v1/runs", produces = Csv.TEXT_CSV_VALUE)
    ResponseEntity<String> listCsv(@RequestParam(required = false) String project,
            @RequestParam(required = false) String branch, @RequestParam(required = false) String runner,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "" + RunQueries.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) Long before) {
        RunViews.RunPage page = list(project, branch, runner, status, limit, before);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(Csv.TEXT_CSV)
                .header("Content-Disposition", "attachment; filename=\"runs.csv\"");
        if (page.next() != null) {
            answer.header("Link", "<" + links.to(page.next() + "&format=csv") + ">; rel=\"next\"");
        }
        return answer.body(Csv.write(CSV_HEADER, page.runs().stream().map(RunApiController::csvRow).toList()));
    }

    private static List<Object> csvRow(RunViews.RunSummary run) {
        return Arrays.asList(run.id(), run.project(), run.branch(), run.commit(), run.runner(),
                run.ciRunId(), run.startedAt(), run.ingestedAt(), run.status(), run.url());
    }

    @GetMapping("/api/v1/runs/{id}")
    RunViews.RunDetail get(@PathVariable long id) {
        return details.detail(id, links);
    }

    @GetMapping("/api/v1/runs/{id}/artifacts/{name}")
    ResponseEntity<byte[]> artifact(@PathVariable long id, @PathVariable String name) {
        byte[] content = details.artifact(id, name);
        return ResponseEntity.ok().contentType(mediaType(name))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .body(content);
    }

    @GetMapping("/api/v1/runs/{id}/" + ArtifactNames.SLO_REPORT)
    ResponseEntity<String> sloReport(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MARKDOWN).body(details.canonical(id).sloReport());
    }

    @GetMapping("/api/v1/runs/{id}/" + ArtifactNames.SLO_SUMMARY)
    ResponseEntity<String> sloSummary(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(details.canonical(id).sloSummary());
    }

    @GetMapping("/api/v1/runs/{id}/" + ArtifactNames.EVIDENCE_REPORT)
    ResponseEntity<String> evidenceReport(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MARKDOWN).body(details.evidenceReport(id));
    }

    private static MediaType mediaType(String name) {
        if (name.endsWith(".json")) {
            return MediaType.APPLICATION_JSON;
        }
        return name.endsWith(".md") ? MARKDOWN : new MediaType("text", "plain", StandardCharsets.UTF_8);
    }

    private static String nextLink(String project, String branch, String runner, String status, int limit, long before) {
        StringBuilder link = new StringBuilder("/api/v1/runs?limit=").append(limit).append("&before=").append(before);
        append(link, "project", project);
        append(link, "branch", branch);
        append(link, "runner", runner);
        append(link, "status", status);
        return link.toString();
    }

    private static void append(StringBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
