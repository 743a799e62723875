package io.benchwarden.runner.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRevisionTests {

    @TempDir
    Path dir;

    @Test
    void shouldTakeBranchAndCommitFromGitHubActionsEnvironment() {
        Map<String, String> env = Map.of("GITHUB_REF_NAME", "main", "GITHUB_SHA", "0123456789abcdef0123456789abcdef01234567");

        SourceRevision revision = SourceRevision.resolve(null, null, env::get, dir);

        assertThat(revision).isEqualTo(new SourceRevision("main", "0123456789abcdef0123456789abcdef01234567"));
        assertThat(revision.warning()).isNull();
    }

    @Test
    void shouldPreferThePullRequestsHeadBranchAndWhatTheUserGave() {
        Map<String, String> env = Map.of("GITHUB_HEAD_REF", "feature/x", "GITHUB_REF_NAME", "17/merge", "GITHUB_SHA", "abcdef1");

        assertThat(SourceRevision.resolve(null, null, env::get, dir).branch()).isEqualTo("feature/x");
        assertThat(SourceRevision.resolve("release", "1234567", env::get, dir))
                .isEqualTo(new SourceRevision("release", "1234567"));
    }

    @Test
    void shouldAskGitInACheckoutWhenTheEnvironmentSaysNothing() throws Exception {
        git("init", "-q", "-b", "perf-branch");
        Files.writeString(dir.resolve("file"), "x");
        git("add", "file");
        git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "first");

        SourceRevision revision = SourceRevision.resolve(null, null, name -> null, dir);

        assertThat(revision.branch()).isEqualTo("perf-branch");
        assertThat(revision.commit()).matches("[0-9a-f]{40}");
    }

    @Test
    void shouldWarnNamingWhereItLookedWhenNeitherIsKnown() {
        SourceRevision revision = SourceRevision.resolve(null, null, name -> null, dir);

        assertThat(revision).isEqualTo(new SourceRevision(null, null));
        assertThat(revision.warning()).startsWith("warning: the branch and the commit are unknown")
                .contains("GITHUB_REF_NAME", "GITHUB_SHA", "git rev-parse");
        assertThat(new SourceRevision("main", null).warning()).contains("the commit is unknown (--commit, GITHUB_SHA");
    }

    private void git(String... arguments) throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 1];
        command[0] = "git";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        assertThat(process.waitFor()).isZero();
    }
}
