package io.benchwarden.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.support.ApiTestSupport;
import io.benchwarden.support.Bundles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RunsCsvIntegrationTests extends ApiTestSupport {

    private Reply csv(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/csv").GET().build());
    }

    @Test
    void shouldListRunsAsCsvWithTheSameFiltersAndPagingAsJson() {
        String project = newProject("csv");
        long older = upload(Bundles.passingStrictRun(), Map.of("project", project, "branch", "=cmd|'/C calc'!A0",
                "runner", "perf, \"east\"", "commit", "abc1234", "ci_run_id", "csv-1",
                "started_at", "2026-11-01T03:00:00Z")).json().get("id").longValue();
        long newer = upload(Examples.strictRun(), Map.of("project", project, "branch", "main", "runner", "perf-1",
                "commit", "def5678", "ci_run_id", "csv-2", "started_at", "2026-11-02T03:00:00Z"))
                .json().get("id").longValue();
        JsonNode json = get("/api/v1/runs?project=" + project).json().get("runs");
        String olderIngested = json.get(1).get("ingested_at").stringValue();
        String newerIngested = json.get(0).get("ingested_at").stringValue();
        String olderUrl = json.get(1).get("url").stringValue();
        String newerUrl = json.get(0).get("url").stringValue();

        Reply all = csv("/api/v1/runs?project=" + project);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.header("Content-Type")).startsWith("text/csv");
        assertThat(all.body()).isEqualTo(
                "id,project,branch,commit,runner,ci_run_id,started_at,ingested_at,status,url\r\n"
                + newer + "," + project + ",main,def5678,perf-1,csv-2,2026-11-02T03:00:00Z," + newerIngested
                + ",fail," + newerUrl + "\r\n"
                + older + "," + project + ",'=cmd|'/C calc'!A0,abc1234,\"perf, \"\"east\"\"\",csv-1,"
                + "2026-11-01T03:00:00Z," + olderIngested + ",pass," + olderUrl + "\r\n");

        // the same filter as JSON, asked for with ?format=csv as the runs page's link does
        Reply failed = get("/api/v1/runs?format=csv&status=fail&project=" + project);
        assertThat(failed.body().split("\r\n")).hasSize(2);
        assertThat(failed.body()).contains(newer + "," + project + ",main,");

        // keyset paging: the next page is in the Link header
        Reply first = csv("/api/v1/runs?limit=1&project=" + project);
        assertThat(first.body().split("\r\n")).hasSize(2);
        assertThat(first.header("Link")).isEqualTo("<http://localhost:" + port + "/api/v1/runs?limit=1&before="
                + newer + "&project=" + project + "&format=csv>; rel=\"next\"");
    }

    @Test
    void shouldLinkTheRunsPageToTheCsvOfItsFilters() {
        String project = newProject("csv-page");
        upload(Bundles.passingStrictRun(), Map.of("project", project, "branch", "main"));
        String page = get("/runs?project=" + project + "&status=pass").body();
        assertThat(page).contains("href=\"/api/v1/runs?format=csv&amp;limit=500&amp;project=" + project);
        assertThat(page).contains("&amp;status=pass\"");
    }

    @Test
    void shouldGiveEachTrendSeriesAsCsvRows() {
        String project = newProject("csv-trend");
        upload(Bundles.passingStrictRun(), Map.of("project", project, "branch", "main", "ci_run_id", "t-1"));
        upload(Examples.strictRun(), Map.of("project", project, "branch", "main", "ci_run_id", "t-2"));
        JsonNode trends = get("/api/v1/projects/" + project + "/trends").json();
        int rows = 0;
        for (JsonNode chart : trends.get("charts")) {
            rows += chart.get("series").size() * trends.get("points").size();
        }
        for (Reply reply : new Reply[] { get("/api/v1/projects/" + project + "/trends?format=csv"),
                csv("/api/v1/projects/" + project + "/trends") }) {
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("Content-Type")).startsWith("text/csv");
            String[] lines = reply.body().split("\r\n");
            assertThat(lines[0]).isEqualTo("chart,series,role,run_id,started_at,commit,status,value,change_point");
            assertThat(lines).hasSize(1 + rows);
        }
        assertThat(get("/api/v1/projects/" + project + "/hosted-trends?format=csv").body())
                .startsWith("chart,series,role,run_id,started_at,commit,status,value,change_point\r\n");
    }

    @Test
    void shouldAnswerABadLimitInCsvAsInJson() {
        Reply reply = csv("/api/v1/runs?limit=0");
        assertThat(reply.status()).isEqualTo(400);
    }
}
