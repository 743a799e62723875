package io.benchwarden.hosted;

import java.util.ArrayList;
import java.util.List;

import io.benchwarden.contract.Problem;
import io.benchwarden.project.Project;
import io.benchwarden.system.ApiException;

/**
 * How a project's hosted runs are judged, as one value: the branch whose runs are baselines, the baseline rule (the
 * newest earlier run, or the median of the last N), the alert threshold (the spec's 20 % is the schema's default)
 * and the focus patterns. It is checked as a whole and saved as a whole, so a change is either all applied or, with
 * every problem listed, not at all.
 */
public record HostedPolicy(String defaultBranch, double threshold, int baselineWindow, String focusPatterns) {

    public static final int MAX_BASELINE_WINDOW = 50;

    public static HostedPolicy of(Project project) {
        return new HostedPolicy(project.getDefaultBranch(), project.getHostedThreshold(),
                project.getHostedBaselineWindow(), project.getFocusPatterns());
    }

    /**
     * A change to some parts of the policy; absent parts keep their value. On the wire:
     * {@code {"default_branch", "hosted_threshold", "hosted_baseline_window", "focus_patterns"}}.
     */
    public record Change(String defaultBranch, Double hostedThreshold, Integer hostedBaselineWindow,
            String focusPatterns) {

        public static Change focusPatterns(String text) {
            return new Change(null, null, null, text == null ? "" : text);
        }
    }

    /** This policy with the change applied, or 422 listing every problem of the change. */
    public HostedPolicy with(Change change) {
        List<Problem> problems = new ArrayList<>();
        Double newThreshold = change.hostedThreshold();
        if (newThreshold != null && !(newThreshold > 0 && newThreshold < 1)) {
            problems.add(new Problem("hosted_policy", "hosted_threshold",
                    "must be a fraction between 0 and 1 exclusive (0.20 alerts above 1.20x), got " + newThreshold));
        }
        Integer window = change.hostedBaselineWindow();
        if (window != null && (window < 1 || window > MAX_BASELINE_WINDOW)) {
            problems.add(new Problem("hosted_policy", "hosted_baseline_window",
                    "must be between 1 and " + MAX_BASELINE_WINDOW + " runs, got " + window));
        }
        String branch = change.defaultBranch();
        if (branch != null && (branch.isBlank() || branch.length() > 255
                || branch.chars().anyMatch(Character::isISOControl))) {
            problems.add(new Problem("hosted_policy", "default_branch", "must be 1 to 255 printable characters"));
        }
        if (change.focusPatterns() != null) {
            problems.addAll(FocusPatterns.parse(change.focusPatterns()).problems());
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return new HostedPolicy(branch != null ? branch : defaultBranch,
                newThreshold != null ? newThreshold : threshold, window != null ? window : baselineWindow,
                change.focusPatterns() != null ? change.focusPatterns() : focusPatterns);
    }

    /**
     * The patterns as saved. They were checked when saved, but a list saved before focus patterns ran on RE2 may
     * hold one RE2 cannot compile (lookaround, say); such a list is not applied, as documented, until it is fixed.
     */
    public FocusPatterns focus() {
        return FocusPatterns.parse(focusPatterns).value().orElse(FocusPatterns.ALL);
    }

    void applyTo(Project project) {
        project.setDefaultBranch(defaultBranch);
        project.setHostedThreshold(threshold);
        project.setHostedBaselineWindow(baselineWindow);
        project.setFocusPatterns(focusPatterns);
    }
}
