package io.benchwarden.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

/** The run pages over HTTP: paging by key with a link to older runs that keeps the filters, and the error page. */
class RunPagesIntegrationTests extends ApiTestSupport {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars|favicon)[^\"]*)\"");
    private static final Pattern OLDER = Pattern.compile("href=\"(/runs\\?[^\"]*before=(\\d+))\"[^>]*>Older runs<");

    private static int rows(String html) {
        return html.split("<th scope=\"row\"><a href=\"/runs/", -1).length - 1;
    }

    @Test
    void shouldPageTheHistoryByKeyAndKeepTheFilters() {
        String project = newProject("pages");
        Instant t0 = Instant.parse("2026-09-01T00:00:00Z");
        long oldest = 0;
        for (int i = 0; i < RunQueries.DEFAULT_LIMIT + 1; i++) {
            Reply reply = upload(Examples.strictRun(), Map.of("project", project, "branch", "main", "commit",
                    "abcdef" + (100 + i), "ci_run_id", project + "-" + i, "started_at",
                    t0.plus(i, ChronoUnit.HOURS).toString()));
            assertThat(reply.status()).isEqualTo(201);
            oldest = i == 0 ? reply.json().get("id").longValue() : oldest;
        }

        Reply first = get("/runs?project=" + project + "&branch=main");
        assertThat(first.status()).isEqualTo(200);
        assertThat(rows(first.body())).isEqualTo(RunQueries.DEFAULT_LIMIT);
        Matcher older = OLDER.matcher(first.body());
        assertThat(older.find()).as("a link to older runs").isTrue();
        String next = older.group(1).replace("&amp;", "&");
        assertThat(next).contains("project=" + project).contains("branch=main");

        Reply second = get(next);
        assertThat(rows(second.body())).isEqualTo(1);
        assertThat(second.body()).contains("href=\"/runs/" + oldest + "\"").contains("Newest runs")
                .doesNotContain("Older runs");
    }

    @Test
    void shouldServeTheAssetsARunPageLinksTo() {
        Reply upload = upload(Examples.strictRun(), Map.of("project", newProject("assets")));
        String page = get("/runs/" + upload.json().get("id").longValue()).body();
        Matcher assets = ASSET.matcher(page);
        List<String> linked = new ArrayList<>();
        while (assets.find()) {
            linked.add(assets.group(1));
        }
        assertThat(linked).contains("/css/benchwarden.css", "/js/charts.js", "/favicon.svg")
                .anyMatch(path -> path.startsWith("/webjars/chart.js/"));
        for (String path : linked) {
            assertThat(get(path).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void shouldAnswerAMissingRunWithTheErrorPage() {
        Reply reply = get("/runs/987654321");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.body()).contains("Not found").contains("run 987654321");
        assertThat(get("/compare?a=1&b=not-a-number").status()).isEqualTo(400);
    }
}
