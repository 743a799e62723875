package io.benchwarden.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: how each project stands now. */
@Controller
class OverviewController {

    static final String OVERVIEW = "system/overview";

    private final OverviewQueries queries;

    OverviewController(OverviewQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/")
    String overview(Model model) {
        model.addAttribute("projects", queries.projects());
        return OVERVIEW;
    }
}
