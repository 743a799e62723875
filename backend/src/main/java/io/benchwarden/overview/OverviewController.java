package io.benchwarden.overview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.benchwarden.system.WebPage;
import io.benchwarden.triage.CommitPromotion;
import io.benchwarden.triage.TriageService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page: how each project stands now — its newest strict verdict, and whether the newest commit on its
 * default branch may be promoted, which may be another commit — and what waits for triage.
 */
@Controller
@WebPage
class OverviewController {

    static final String OVERVIEW = "overview/overview";

    private final OverviewQueries queries;
    private final TriageService triage;

    OverviewController(OverviewQueries queries, TriageService triage) {
        this.queries = queries;
        this.triage = triage;
    }

    @GetMapping("/")
    String overview(Model model) {
        List<OverviewQueries.ProjectSummary> projects = queries.projects();
        Map<String, Map<String, Long>> classifications = new LinkedHashMap<>();
        Map<String, CommitPromotion> promotions = new LinkedHashMap<>();
        for (OverviewQueries.ProjectSummary project : projects) {
            Map<String, Long> counts = new TreeMap<>();
            triage.triage(project.name(), null).commits()
                    .forEach(c -> counts.merge(c.classification(), 1L, Long::sum));
            classifications.put(project.name(), counts);
            triage.newestCommit(project.name()).ifPresent(p -> promotions.put(project.name(), p));
        }
        model.addAttribute("projects", projects);
        model.addAttribute("classifications", classifications);
        model.addAttribute("promotions", promotions);
        return OVERVIEW;
    }
}
