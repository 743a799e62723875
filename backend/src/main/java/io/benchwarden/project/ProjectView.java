package io.benchwarden.project;

/** A project as the API shows it, hosted policy included (the entity holds it; see {@code hosted.HostedPolicy}). */
public record ProjectView(String name, boolean demo, String defaultBranch, double hostedThreshold,
        int hostedBaselineWindow, String focusPatterns) {

    public static ProjectView of(Project project) {
        return new ProjectView(project.getName(), project.isDemo(), project.getDefaultBranch(),
                project.getHostedThreshold(), project.getHostedBaselineWindow(), project.getFocusPatterns());
    }
}
