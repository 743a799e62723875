package io.benchwarden.admin;

import java.time.Instant;

import io.benchwarden.retention.ArtifactRetention;
import io.benchwarden.system.ApiException;
import io.benchwarden.system.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The retention section of {@code /admin/projects/{project}}: the period, and pruning now. */
@Controller
@WebPage
class RetentionAdminPageController {

    private final ArtifactRetention retention;

    RetentionAdminPageController(ArtifactRetention retention) {
        this.retention = retention;
    }

    @PostMapping("/admin/projects/{project}/retention")
    String change(@PathVariable String project, @RequestParam(required = false) Integer days,
            RedirectAttributes redirect) {
        try {
            ArtifactRetention.Setting saved = retention.change(project, days);
            redirect.addFlashAttribute("message", saved.days() == null ? "Raw artifacts are now kept for ever."
                    : "Raw artifacts are now kept " + saved.days() + " days; older ones are pruned nightly.");
        }
        catch (ApiException ex) {
            redirect.addFlashAttribute("problem", ex.describe());
        }
        return "redirect:/admin/projects/" + project;
    }

    @PostMapping("/admin/projects/{project}/retention/prunings")
    String pruneNow(@PathVariable String project, RedirectAttributes redirect) {
        try {
            ArtifactRetention.Pruned pruned = retention.pruneNow(project, Instant.now());
            redirect.addFlashAttribute("message", "Pruned " + pruned.artifacts() + " artifacts and "
                    + pruned.hostedRuns() + " hosted benchmark files stored before " + pruned.cutoff() + ".");
        }
        catch (ApiException ex) {
            redirect.addFlashAttribute("problem", ex.describe());
        }
        return "redirect:/admin/projects/" + project;
    }
}
