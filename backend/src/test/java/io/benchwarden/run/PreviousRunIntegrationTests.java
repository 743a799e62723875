package io.benchwarden.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import io.benchwarden.support.ApiTestSupport;
import io.benchwarden.support.Bundles;
import org.junit.jupiter.api.Test;

/** The run page's "previous run on this branch", runs without a branch (older history) counting as one branch. */
class PreviousRunIntegrationTests extends ApiTestSupport {

    /** A run without a branch can no longer be uploaded, but older history has them: such a run is made so. */
    private long run(String project, String branch, String startedAt) {
        Map<String, String> fields = new HashMap<>(Map.of("project", project, "started_at", startedAt,
                "ci_run_id", "prev-" + startedAt + "-" + branch, "branch", branch == null ? "legacy" : branch));
        long id = upload(Bundles.passingStrictRun(), fields).json().get("id").longValue();
        if (branch == null) {
            jdbc.sql("UPDATE strict_run SET branch = NULL WHERE id = ?").param(id).update();
        }
        return id;
    }

    private String previousLink(long id) {
        String page = get("/runs/" + id).body();
        int rel = page.indexOf("rel=\"prev\"");
        if (rel < 0) {
            assertThat(page).contains("First run on this branch.");
            return null;
        }
        int href = page.lastIndexOf("href=\"/runs/", rel);
        return page.substring(href + "href=\"".length(), page.indexOf('"', href + "href=\"".length()));
    }

    @Test
    void shouldLinkEachRunToTheRunBeforeItOnTheSameBranch() {
        String project = newProject("previous");
        long mainFirst = run(project, "main", "2026-10-01T00:00:00Z");
        long noBranchFirst = run(project, null, "2026-10-02T00:00:00Z");
        long other = run(project, "feature", "2026-10-03T00:00:00Z");
        long mainSecond = run(project, "main", "2026-10-04T00:00:00Z");
        long noBranchSecond = run(project, null, "2026-10-05T00:00:00Z");

        assertThat(previousLink(mainFirst)).isNull();
        assertThat(previousLink(mainSecond)).isEqualTo("/runs/" + mainFirst);
        assertThat(previousLink(other)).isNull();
        assertThat(previousLink(noBranchFirst)).isNull();
        assertThat(previousLink(noBranchSecond)).isEqualTo("/runs/" + noBranchFirst);
    }
}
