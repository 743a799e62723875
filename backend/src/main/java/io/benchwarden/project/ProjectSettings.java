package io.benchwarden.project;

import java.util.ArrayList;
import java.util.List;

import io.benchwarden.contract.Problem;
import io.benchwarden.hosted.FocusPatterns;
import io.benchwarden.hosted.Parsed;
import io.benchwarden.run.ingest.UploadFormReader;
import io.benchwarden.system.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's hosted policy: focus patterns, alert threshold, baseline window and default branch. */
@Service
public class ProjectSettings {

    private final ProjectRepository projects;

    ProjectSettings(ProjectRepository projects) {
        this.projects = projects;
    }

    public record View(String name, boolean demo, String defaultBranch, double hostedThreshold,
            int hostedBaselineWindow, String focusPatterns) {

        static View of(Project project) {
            return new View(project.getName(), project.isDemo(), project.getDefaultBranch(),
                    project.getHostedThreshold(), project.getHostedBaselineWindow(), project.getFocusPatterns());
        }
    }

    public record HostedPolicy(String defaultBranch, Double hostedThreshold, Integer hostedBaselineWindow) {
    }

    @Transactional(readOnly = true)
    public View view(String name) {
        return View.of(find(name));
    }

    /** Invalid regular expressions are refused with their line numbers; nothing is changed then. */
    @Transactional
    public View setFocusPatterns(String name, String text) {
        String patterns = text == null ? "" : text;
        Parsed<FocusPatterns> parsed = FocusPatterns.parse(patterns);
        if (!parsed.isValid()) {
            throw ApiException.invalid(parsed.problems());
        }
        Project project = find(name);
        project.setFocusPatterns(patterns);
        return View.of(project);
    }

    @Transactional
    public View setHostedPolicy(String name, HostedPolicy policy) {
        List<Problem> problems = new ArrayList<>();
        if (policy.hostedThreshold() != null && !(policy.hostedThreshold() > 0 && policy.hostedThreshold() < 1)) {
            problems.add(new Problem("hosted_policy", "hosted_threshold",
                    "must be a fraction between 0 and 1 exclusive (0.20 alerts above 1.20x), got " + policy.hostedThreshold()));
        }
        if (policy.hostedBaselineWindow() != null && (policy.hostedBaselineWindow() < 1 || policy.hostedBaselineWindow() > 50)) {
            problems.add(new Problem("hosted_policy", "hosted_baseline_window",
                    "must be between 1 and 50 runs, got " + policy.hostedBaselineWindow()));
        }
        if (policy.defaultBranch() != null && (policy.defaultBranch().isBlank() || policy.defaultBranch().length() > 255
                || policy.defaultBranch().chars().anyMatch(Character::isISOControl))) {
            problems.add(new Problem("hosted_policy", "default_branch", "must be 1 to 255 printable characters"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        Project project = find(name);
        if (policy.defaultBranch() != null) {
            project.setDefaultBranch(policy.defaultBranch());
        }
        if (policy.hostedThreshold() != null) {
            project.setHostedThreshold(policy.hostedThreshold());
        }
        if (policy.hostedBaselineWindow() != null) {
            project.setHostedBaselineWindow(policy.hostedBaselineWindow());
        }
        return View.of(project);
    }

    private Project find(String name) {
        if (name == null || !UploadFormReader.PROJECT.matcher(name).matches()) {
            throw ApiException.notFound("project " + name);
        }
        return projects.findByName(name).orElseThrow(() -> ApiException.notFound("project " + name));
    }
}
