package io.benchwarden.hosted;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.benchwarden.run.RunComparison;
import io.benchwarden.system.RunLabels;
import io.benchwarden.system.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two hosted runs side by side on the compare page ({@code /compare?a=H-10&b=H-11} comes here): each series' mean
 * real time in A against B, lower being better, and each run's ratio to the baseline it was judged against.
 */
@Controller
@WebPage
class HostedComparePageController {

    private final HostedRunReader reader;

    HostedComparePageController(HostedRunReader reader) {
        this.reader = reader;
    }

    @GetMapping(RunComparison.HOSTED_PATH)
    String compare(@RequestParam String a, @RequestParam String b, Model model) {
        HostedViews.HostedRun first = read(RunLabels.parse("a", a));
        HostedViews.HostedRun second = read(RunLabels.parse("b", b));
        model.addAttribute("aParam", a);
        model.addAttribute("bParam", b);
        model.addAttribute("a", side(first));
        model.addAttribute("b", side(second));
        model.addAttribute("rows", rows(first, second));
        return RunComparison.VIEW;
    }

    private HostedViews.HostedRun read(RunLabels.Reference run) {
        return reader.read(run.id(), HostedRunPaths.ui(run.id()));
    }

    private static RunComparison.Side side(HostedViews.HostedRun run) {
        return new RunComparison.Side("hosted", run.id(), RunLabels.hosted(run.id()), HostedRunPaths.ui(run.id()),
                run.project(), run.branch(), run.commit(), null, run.startedAt(), null);
    }

    static List<RunComparison.Row> rows(HostedViews.HostedRun a, HostedViews.HostedRun b) {
        Map<String, HostedViews.Compared> left = bySeries(a);
        Map<String, HostedViews.Compared> right = bySeries(b);
        Map<String, Boolean> series = new LinkedHashMap<>();
        left.keySet().forEach(s -> series.put(s, true));
        right.keySet().forEach(s -> series.put(s, true));
        List<RunComparison.Row> rows = new ArrayList<>();
        section(rows, "Mean real time (ns)", series.keySet(), left, right, HostedViews.Compared::currentNs);
        section(rows, "Ratio to its baseline", series.keySet(), left, right, HostedViews.Compared::ratio);
        return rows;
    }

    /** Lower is better for both: a faster series, a smaller ratio to the baseline. */
    private static void section(List<RunComparison.Row> rows, String section, Iterable<String> series,
            Map<String, HostedViews.Compared> left, Map<String, HostedViews.Compared> right,
            Function<HostedViews.Compared, Double> value) {
        for (String name : series) {
            HostedViews.Compared l = left.get(name);
            HostedViews.Compared r = right.get(name);
            rows.add(RunComparison.Row.of(section, name, l == null ? null : value.apply(l),
                    r == null ? null : value.apply(r), false, true));
        }
    }

    private static Map<String, HostedViews.Compared> bySeries(HostedViews.HostedRun run) {
        Map<String, HostedViews.Compared> bySeries = new LinkedHashMap<>();
        run.compared().forEach(c -> bySeries.put(c.series(), c));
        return bySeries;
    }
}
