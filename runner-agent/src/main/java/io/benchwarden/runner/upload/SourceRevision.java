package io.benchwarden.runner.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The branch and commit a run measured, when the uploader did not say: from the CI's environment (GitHub Actions
 * sets {@code GITHUB_HEAD_REF} on pull requests, {@code GITHUB_REF_NAME} and {@code GITHUB_SHA} always), else from
 * {@code git rev-parse} in the checkout the runner was started in. Either may stay unknown.
 */
public record SourceRevision(String branch, String commit) {

    public static SourceRevision resolve(String branch, String commit, UnaryOperator<String> environment, Path checkout) {
        String resolvedBranch = firstKnown(branch, environment.apply("GITHUB_HEAD_REF"), environment.apply("GITHUB_REF_NAME"));
        String resolvedCommit = firstKnown(commit, environment.apply("GITHUB_SHA"));
        if (resolvedBranch == null) {
            String head = git(checkout, "rev-parse", "--abbrev-ref", "HEAD");
            // a detached HEAD (as CI checks out a tag or a commit) names no branch
            resolvedBranch = "HEAD".equals(head) ? null : head;
        }
        if (resolvedCommit == null) {
            resolvedCommit = git(checkout, "rev-parse", "HEAD");
        }
        return new SourceRevision(resolvedBranch, resolvedCommit);
    }

    /** A warning naming what is unknown and where it was looked for; null when both are known. */
    public String warning() {
        if (branch != null && commit != null) {
            return null;
        }
        String branchSources = "--branch, GITHUB_HEAD_REF, GITHUB_REF_NAME";
        String commitSources = "--commit, GITHUB_SHA";
        String unknown = branch == null && commit == null ? "the branch and the commit are unknown (" + branchSources
                + ", " + commitSources : branch == null ? "the branch is unknown (" + branchSources
                : "the commit is unknown (" + commitSources;
        return "warning: " + unknown + " and git rev-parse in this directory gave nothing); the service cannot place "
                + "the run in a trend without both";
    }

    private static String firstKnown(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** The command's single line of output, or null when git is missing, fails, or this is no checkout. */
    static String git(Path checkout, String... arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = "git";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        try {
            Process process = new ProcessBuilder(command).directory(checkout.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            return process.exitValue() == 0 && !output.isEmpty() && !output.contains("\n") ? output : null;
        }
        catch (IOException e) {
            return null;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
