package io.benchwarden.trend;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import io.benchwarden.project.Project;
import io.benchwarden.project.ProjectRepository;
import io.benchwarden.system.QueryParameters;
import io.benchwarden.system.WebPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The trend page is a frame: its script fetches the chart data from the JSON endpoint named in a data attribute,
 * so no measured value or user-supplied name is ever written into script text. Numbers from different perf hosts
 * are not comparable, so when the window's strict runs come from several, the page says so and offers one host at
 * a time ({@code runner=}); the charts never mix them without saying so.
 */
@Controller
@WebPage
class TrendPageController {

    static final String TRENDS = "projects/trends";

    private final ProjectRepository projects;
    private final TrendService trends;

    TrendPageController(ProjectRepository projects, TrendService trends) {
        this.projects = projects;
        this.trends = trends;
    }

    @GetMapping("/projects/{name}/trends")
    String trends(@PathVariable String name, @RequestParam(required = false) String branch,
            @RequestParam(required = false) String runner,
            @RequestParam(name = "from", required = false) String fromDay,
            @RequestParam(name = "to", required = false) String toDay, Model model) {
        LocalDate from = QueryParameters.day("from", fromDay);
        LocalDate to = QueryParameters.day("to", toDay);
        Project project = projects.findByName(name)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no project " + name));
        String shown = branch == null || branch.isBlank() ? project.getDefaultBranch() : branch;
        String host = runner == null || runner.isBlank() ? null : runner;
        model.addAttribute("project", project);
        model.addAttribute("branch", shown);
        model.addAttribute("runner", host);
        model.addAttribute("runners", trends.runners(new TrendQueries.Window(project.getId(), shown, null,
                start(from), end(to), null, TrendService.MAX_POINTS)));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("dataUrl", dataUrl("trends", name, shown, host, from, to));
        model.addAttribute("hostedUrl", dataUrl("hosted-trends", name, shown, null, from, to));
        return TRENDS;
    }

    private static Instant start(LocalDate from) {
        return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** {@code to} includes its day. */
    private static Instant end(LocalDate to) {
        return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * Values go in as URI variables, which {@code encode()} encodes in full: a literal {@code +} (in a branch name,
     * or in the year +10000 that ends the day 9999-12-31) must reach the API as %2B, not be read back as a space.
     */
    private static String dataUrl(String endpoint, String project, String branch, String runner, LocalDate from,
            LocalDate to) {
        Map<String, Object> values = new HashMap<>(Map.of("name", project, "branch", branch));
        UriComponentsBuilder data = UriComponentsBuilder.fromPath("/api/v1/projects/{name}/" + endpoint)
                .queryParam("branch", "{branch}");
        if (runner != null) {
            data.queryParam("runner", "{runner}");
            values.put("runner", runner);
        }
        if (from != null) {
            data.queryParam("from", "{from}");
            values.put("from", start(from));
        }
        if (to != null) {
            data.queryParam("to", "{to}");
            values.put("to", end(to));
        }
        return data.encode().buildAndExpand(values).toUriString();
    }
}
