package io.benchwarden.project;

import java.time.Instant;

import io.benchwarden.system.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The data behind the trend charts of one project and branch (the default branch unless named). */
@RestController
class TrendApiController {

    private final ProjectRepository projects;
    private final TrendService trends;

    TrendApiController(ProjectRepository projects, TrendService trends) {
        this.projects = projects;
        this.trends = trends;
    }

    /**
     * @param from inclusive start of the window (ISO instant), open when absent
     * @param to exclusive end of the window, open when absent
     * @param last only the newest this many runs of the window
     * @param maxPoints the window is thinned evenly to at most this many runs
     */
    @GetMapping("/api/v1/projects/{name}/trends")
    TrendViews.Trends trends(@PathVariable String name, @RequestParam(required = false) String branch,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Integer last,
            @RequestParam(name = "max_points", defaultValue = "" + TrendService.MAX_POINTS) int maxPoints) {
        if (maxPoints < 1 || maxPoints > TrendService.MAX_POINTS) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad_request",
                    "max_points must be between 1 and " + TrendService.MAX_POINTS + ", got " + maxPoints);
        }
        if (last != null && last < 1) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad_request", "last must be at least 1, got " + last);
        }
        Project project = projects.findByName(name).orElseThrow(() -> ApiException.notFound("project " + name));
        String shown = branch == null || branch.isBlank() ? project.getDefaultBranch() : branch;
        return trends.trends(project,
                new TrendQueries.Window(project.getId(), shown, from, to, last, maxPoints));
    }
}
