package io.benchwarden.trend;

import java.time.Instant;
import java.util.function.BiFunction;

import io.benchwarden.project.Project;
import io.benchwarden.project.ProjectRepository;
import io.benchwarden.system.ApiException;
import io.benchwarden.system.Csv;
import io.benchwarden.system.QueryParameters;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data behind the trend charts of one project and branch (the default branch unless named): strict runs and,
 * separately, hosted benchmark runs, each thinned to at most {@code max_points} runs.
 * <p>
 * Parameters: {@code from} inclusive and {@code to} exclusive ISO instants, open when absent; {@code last} keeps only
 * the newest this many runs of the window; {@code max_points} (1–2000) caps the runs per chart; {@code runner} keeps
 * the strict runs of one perf host (numbers from different hosts are not comparable).
 */
@RestController
class TrendApiController {

    private final ProjectRepository projects;
    private final TrendService trends;

    TrendApiController(ProjectRepository projects, TrendService trends) {
        this.projects = projects;
        this.trends = trends;
    }

    @GetMapping("/api/v1/projects/{name}/trends")
    TrendViews.Trends strict(@PathVariable String name, @RequestParam(required = false) String branch,
            @RequestParam(required = false) String runner,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer last,
            @RequestParam(name = "max_points", defaultValue = "" + TrendService.MAX_POINTS) int maxPoints) {
        return read(name, branch, runner, from, to, last, maxPoints, trends::trends);
    }

    @GetMapping("/api/v1/projects/{name}/hosted-trends")
    TrendViews.Trends hosted(@PathVariable String name, @RequestParam(required = false) String branch,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer last,
            @RequestParam(name = "max_points", defaultValue = "" + TrendService.MAX_POINTS) int maxPoints) {
        return read(name, branch, null, from, to, last, maxPoints, trends::hosted);
    }

    /** The strict charts as CSV ({@code Accept: text/csv} or {@code ?format=csv}). */
    @GetMapping(path = "/api/v1/projects/{name}/trends", produces = Csv.TEXT_CSV_VALUE)
    ResponseEntity<String> strictCsv(@PathVariable String name, @RequestParam(required = false) String branch,
            @RequestParam(required = false) String runner,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer last,
            @RequestParam(name = "max_points", defaultValue = "" + TrendService.MAX_POINTS) int maxPoints) {
        return csv(name + "-trends.csv", strict(name, branch, runner, from, to, last, maxPoints));
    }

    /** The hosted charts as CSV. */
    @GetMapping(path = "/api/v1/projects/{name}/hosted-trends", produces = Csv.TEXT_CSV_VALUE)
    ResponseEntity<String> hostedCsv(@PathVariable String name, @RequestParam(required = false) String branch,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer last,
            @RequestParam(name = "max_points", defaultValue = "" + TrendService.MAX_POINTS) int maxPoints) {
        return csv(name + "-hosted-trends.csv", hosted(name, branch, from, to, last, maxPoints));
    }

    private static ResponseEntity<String> csv(String filename, TrendViews.Trends trends) {
        return ResponseEntity.ok().contentType(Csv.TEXT_CSV)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .body(TrendCsv.of(trends));
    }

    private TrendViews.Trends read(String name, String branch, String runner, String from, String to, Integer last,
            int maxPoints, BiFunction<Project, TrendQueries.Window, TrendViews.Trends> reader) {
        Instant fromInstant = QueryParameters.instant("from", from);
        Instant toInstant = QueryParameters.instant("to", to);
        if (maxPoints < 1 || maxPoints > TrendService.MAX_POINTS) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad_request",
                    "max_points must be between 1 and " + TrendService.MAX_POINTS + ", got " + maxPoints);
        }
        if (last != null && last < 1) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad_request", "last must be at least 1, got " + last);
        }
        Project project = projects.findByName(name).orElseThrow(() -> ApiException.notFound("project " + name));
        String shown = branch == null || branch.isBlank() ? project.getDefaultBranch() : branch;
        return reader.apply(project, new TrendQueries.Window(project.getId(), shown,
                runner == null || runner.isBlank() ? null : runner, fromInstant, toInstant, last, maxPoints));
    }
}
