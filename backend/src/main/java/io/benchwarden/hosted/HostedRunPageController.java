package io.benchwarden.hosted;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

import io.benchwarden.alert.AlertKind;
import io.benchwarden.system.WebPage;
import io.benchwarden.triage.SummaryViews;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One hosted run as a page: every compared series against its baseline, and what was left out and why. */
@Controller
@WebPage
class HostedRunPageController {

    static final String HOSTED_RUN = "runs/hostedRun";

    /** An excluded row's reason in words, by its wire name. */
    private static final Map<String, String> EXCLUSION_REASONS = Arrays.stream(ExclusionReason.values())
            .collect(Collectors.toUnmodifiableMap(ExclusionReason::wireName, ExclusionReason::description));

    private final HostedRunReader reader;
    private final SummaryViews summaries;

    HostedRunPageController(HostedRunReader reader, SummaryViews summaries) {
        this.reader = reader;
        this.summaries = summaries;
    }

    @GetMapping("/hosted-runs/{id}")
    String hostedRun(@PathVariable long id, Model model) {
        HostedViews.HostedRun run = reader.read(id, HostedRunPaths.ui(id));
        model.addAttribute("run", run);
        // Alerts first, the rest in the stored (series) order: the sort is stable.
        model.addAttribute("compared", run.compared().stream()
                .sorted(Comparator.comparing(row -> !row.outcome().equals(HostedOutcome.ALERT.wireName()))).toList());
        model.addAttribute("reasons", EXCLUSION_REASONS);
        model.addAttribute("alerts", summaries.ofRun(AlertKind.HOSTED, id));
        model.addAttribute("counts", run.compared().stream()
                .collect(Collectors.groupingBy(HostedViews.Compared::outcome, Collectors.counting())));
        return HOSTED_RUN;
    }
}
