package io.benchwarden.run;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.benchwarden.alert.AlertKind;
import io.benchwarden.system.ApiException;
import io.benchwarden.system.Links;
import io.benchwarden.system.QueryParameters;
import io.benchwarden.system.RunLabels;
import io.benchwarden.system.WebPage;
import io.benchwarden.triage.SummaryViews;
import io.benchwarden.triage.TriageService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The run pages: history with filters, one run in full, and two runs side by side. */
@Controller
@WebPage
class RunPageController {

    static final String RUN_LIST = "runs/runList";
    static final String RUN_DETAILS = "runs/runDetails";
    static final String COMPARE = RunComparison.VIEW;

    private final RunQueries queries;
    private final RunDetails details;
    private final Links links;
    private final SummaryViews summaries;
    private final TriageService triage;

    RunPageController(RunQueries queries, RunDetails details, Links links, SummaryViews summaries,
            TriageService triage) {
        this.queries = queries;
        this.details = details;
        this.links = links;
        this.summaries = summaries;
        this.triage = triage;
    }

    /** Dates are whole UTC days; {@code to} includes its day. */
    @GetMapping("/runs")
    String list(@RequestParam(required = false) String project, @RequestParam(required = false) String branch,
            @RequestParam(required = false) String runner, @RequestParam(required = false) String status,
            @RequestParam(name = "from", required = false) String fromDay,
            @RequestParam(name = "to", required = false) String toDay,
            @RequestParam(required = false) Long before,
            @RequestParam(defaultValue = "" + RunQueries.DEFAULT_LIMIT) int limit, Model model) {
        LocalDate from = QueryParameters.day("from", fromDay);
        LocalDate to = QueryParameters.day("to", toDay);
        int size = RunQueries.checkedLimit(limit);
        var filter = new RunQueries.Filter(project, branch, runner, status,
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), before, size + 1);
        List<RunViews.RunSummary> runs = queries.page(filter, links);
        boolean more = runs.size() > size;
        List<RunViews.RunSummary> page = more ? runs.subList(0, size) : runs;
        model.addAttribute("runs", page);
        model.addAttribute("nextBefore", more ? page.get(size - 1).id() : null);
        // Kept in the pager's links only when chosen, so the default page's links stay short.
        model.addAttribute("limit", size == RunQueries.DEFAULT_LIMIT ? null : size);
        model.addAttribute("paged", before != null);
        model.addAttribute("project", project);
        model.addAttribute("branch", branch);
        model.addAttribute("runner", runner);
        model.addAttribute("status", status);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return RUN_LIST;
    }

    @GetMapping("/runs/{id}")
    String details(@PathVariable long id, Model model) {
        RunViews.RunDetail run = details.detail(id, links);
        model.addAttribute("detail", run);
        model.addAttribute("latency", LatencyTable.of(run.profiles()));
        model.addAttribute("previousId", queries.previousOnBranch(id).orElse(null));
        // Where this run's alerts are triaged, and whether its commit may be promoted: the page says both.
        model.addAttribute("alerts", summaries.ofRun(AlertKind.STRICT, id));
        model.addAttribute("promotion", run.run().commit() == null ? null
                : triage.commitPromotion(run.run().project(), run.run().commit()));
        return RUN_DETAILS;
    }

    /**
     * Two runs of one kind side by side: {@code a} and {@code b} name strict runs ({@code 12}) or hosted runs
     * ({@code H-11}), whose comparison the hosted package draws on this page. Without them, the page is the form.
     */
    @GetMapping("/compare")
    String compare(@RequestParam(required = false) String a, @RequestParam(required = false) String b, Model model) {
        model.addAttribute("aParam", a);
        model.addAttribute("bParam", b);
        if (blank(a) || blank(b)) {
            model.addAttribute("missing", blank(a) && blank(b) ? null : (blank(a) ? "a" : "b"));
            return COMPARE;
        }
        RunLabels.Reference first = RunLabels.parse("a", a);
        RunLabels.Reference second = RunLabels.parse("b", b);
        if (first.hosted() != second.hosted()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad_request", "a is a " + first.kind() + " run and b a "
                    + second.kind() + " run; compare two strict runs or two hosted runs");
        }
        if (first.hosted()) {
            return "forward:" + RunComparison.HOSTED_PATH;
        }
        RunViews.RunDetail left = details.detail(first.id(), links);
        RunViews.RunDetail right = details.detail(second.id(), links);
        model.addAttribute("a", RunComparison.side(left.run()));
        model.addAttribute("b", RunComparison.side(right.run()));
        model.addAttribute("rows", RunComparison.of(left, right));
        return COMPARE;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
