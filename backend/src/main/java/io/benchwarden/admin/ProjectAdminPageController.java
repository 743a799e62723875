package io.benchwarden.admin;

import java.security.Principal;

import io.benchwarden.budget.BudgetChange;
import io.benchwarden.budget.BudgetRepository;
import io.benchwarden.hosted.HostedPolicies;
import io.benchwarden.hosted.HostedPolicy;
import io.benchwarden.project.ProjectRepository;
import io.benchwarden.project.ProjectView;
import io.benchwarden.run.Reevaluation;
import io.benchwarden.system.ApiException;
import io.benchwarden.system.WebPage;
import io.benchwarden.webhook.Webhooks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/projects/{project}}: budgets (versioned), re-evaluation, hosted policy and focus patterns, and the
 * project's webhooks with their delivery log.
 */
@Controller
@WebPage
class ProjectAdminPageController {

    static final String VIEW = "admin/projectSettings";

    private final HostedPolicies policies;
    private final ProjectRepository projects;
    private final BudgetRepository budgets;
    private final Reevaluation reevaluation;
    private final Webhooks webhooks;

    ProjectAdminPageController(HostedPolicies policies, ProjectRepository projects, BudgetRepository budgets,
            Reevaluation reevaluation, Webhooks webhooks) {
        this.policies = policies;
        this.projects = projects;
        this.budgets = budgets;
        this.reevaluation = reevaluation;
        this.webhooks = webhooks;
    }

    @GetMapping("/admin/projects/{project}")
    String show(@PathVariable String project, Model model) {
        var found = projects.require(project);
        long id = found.getId();
        model.addAttribute("project", ProjectView.of(found));
        model.addAttribute("budget", budgets.current(id));
        model.addAttribute("history", budgets.history(id));
        model.addAttribute("webhooks", webhooks.list(project));
        model.addAttribute("deliveries", webhooks.deliveries(project));
        return VIEW;
    }

    @PostMapping("/admin/projects/{project}/webhooks")
    String addWebhook(@PathVariable String project, @RequestParam(required = false) String url,
            @RequestParam(required = false) String format, @RequestParam(required = false) String secret,
            Principal admin, RedirectAttributes redirect) {
        outcome(redirect, () -> "Webhook " + webhooks.create(project, new Webhooks.NewWebhook(url, format, secret),
                admin.getName()).id() + " added; its secret is not shown again.");
        return redirectTo(project);
    }

    @PostMapping("/admin/projects/{project}/webhooks/{id}/delete")
    String deleteWebhook(@PathVariable String project, @PathVariable long id, RedirectAttributes redirect) {
        outcome(redirect, () -> {
            webhooks.delete(project, id);
            return "Webhook " + id + " deleted with its delivery log.";
        });
        return redirectTo(project);
    }

    @PostMapping("/admin/projects/{project}/budgets")
    String saveBudgets(@PathVariable String project, @ModelAttribute BudgetChange change, Principal admin,
            RedirectAttributes redirect) {
        outcome(redirect, () -> {
            long id = projects.require(project).getId();
            var added = budgets.add(id, change, admin.getName());
            return "Budgets version " + added.version() + " saved. Stored verdicts are unchanged until you re-evaluate.";
        });
        return redirectTo(project);
    }

    @PostMapping("/admin/projects/{project}/reevaluations")
    String reevaluate(@PathVariable String project, Principal admin, RedirectAttributes redirect) {
        outcome(redirect, () -> {
            Reevaluation.Result result = reevaluation.reevaluate(projects.require(project),
                    admin.getName());
            return "Re-evaluated " + result.runsEvaluated() + " runs under budgets version " + result.budgetVersion()
                    + ": " + result.verdictsChanged() + " verdicts changed.";
        });
        return redirectTo(project);
    }

    @PostMapping("/admin/projects/{project}/hosted-policy")
    String savePolicy(@PathVariable String project, @RequestParam String defaultBranch,
            @RequestParam Double hostedThreshold, @RequestParam Integer hostedBaselineWindow,
            @RequestParam(defaultValue = "") String focusPatterns, RedirectAttributes redirect) {
        outcome(redirect, () -> {
            policies.change(project, new HostedPolicy.Change(defaultBranch, hostedThreshold, hostedBaselineWindow,
                    focusPatterns));
            return "Hosted policy saved; it applies to hosted runs uploaded from now on.";
        });
        return redirectTo(project);
    }

    private static void outcome(RedirectAttributes redirect, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("message", action.get());
        }
        catch (ApiException ex) {
            redirect.addFlashAttribute("problem", ex.describe());
        }
    }

    private static String redirectTo(String project) {
        return "redirect:/admin/projects/" + project;
    }
}
