package io.benchwarden.run;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.benchwarden.system.Links;
import io.benchwarden.system.QueryParameters;
import io.benchwarden.system.WebPage;
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
    static final String COMPARE = "runs/compare";

    private final RunQueries queries;
    private final RunDetails details;
    private final Links links;

    RunPageController(RunQueries queries, RunDetails details, Links links) {
        this.queries = queries;
        this.details = details;
        this.links = links;
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
        return RUN_DETAILS;
    }

    @GetMapping("/compare")
    String compare(@RequestParam long a, @RequestParam long b, Model model) {
        RunViews.RunDetail first = details.detail(a, links);
        RunViews.RunDetail second = details.detail(b, links);
        model.addAttribute("a", first);
        model.addAttribute("b", second);
        model.addAttribute("rows", RunComparison.of(first, second));
        return COMPARE;
    }
}
