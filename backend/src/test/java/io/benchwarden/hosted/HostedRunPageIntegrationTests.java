package io.benchwarden.hosted;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class HostedRunPageIntegrationTests extends ApiTestSupport {

    private static final String HOSTILE = "BM_<img src=x onerror=alert(1)>";

    private static Map<String, String> fields(String project, String commit, String startedAt) {
        return Map.of("project", project, "branch", "main", "commit", commit, "started_at", startedAt);
    }

    @Test
    void shouldShowEverySeriesAgainstItsBaselineWithAlertsFirstAndSayWhyRowsWereLeftOut() {
        String project = newProject("hosted-page");
        long base = uploadHosted(Examples.hostedBenchmark(), fields(project, "aaaaaaa", "2026-11-01T00:00:00Z"))
                .json().get("id").longValue();
        long slower = uploadHosted(Examples.hostedScaled("BM_ParsePolicy_mean", 1.3),
                fields(project, "bbbbbbb", "2026-11-02T00:00:00Z")).json().get("id").longValue();

        Reply page = get("/hosted-runs/" + slower);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        String html = page.body();
        assertThat(html).contains("Hosted run H-" + slower).contains("±20 % against the baseline")
                .contains("href=\"/hosted-runs/" + base + "\">H-" + base + "</a>").contains("1 alert(s)")
                .contains("1 within the threshold");
        // the alert links to its place on the triage page and to its summary
        long alert = jdbc.sql("SELECT id FROM alert WHERE kind = 'hosted' AND run_id = ?").param(slower)
                .query(Long.class).single();
        assertThat(html).contains("href=\"/projects/" + project + "/triage?branch=main#alert-" + alert + "\"")
                .contains("#summary-");
        // BM_ParsePolicy: 2621.1851001948803 ns x 1.3 = 3407.5406 ns against 2621.1851 ns, ratio 1.3
        String alertRow = html.substring(html.indexOf("<tr class=\"row-fail\">"));
        assertThat(alertRow.substring(0, alertRow.indexOf("</tr>"))).contains("BM_ParsePolicy").contains("3407.5406")
                .contains("2621.1851").contains(">1.3<").contains("outcome-alert");
        // the alert comes first although BM_JsonEscape sorts before it
        assertThat(html.indexOf("BM_ParsePolicy")).isLessThan(html.indexOf("BM_JsonEscape"));
        assertThat(html).contains("only mean aggregates are compared")
                .contains("mean real_time is below 50 ns, too short to compare on shared runners");
    }

    @Test
    void shouldShowAHostileBenchmarkNameAsText() {
        ObjectNode report = (ObjectNode) StrictJson.mapper().readTree(Examples.hostedBenchmark());
        ObjectNode hostile = ((ArrayNode) report.get("benchmarks")).addObject();
        hostile.put("name", HOSTILE + "_mean").put("run_name", HOSTILE).put("run_type", "aggregate")
                .put("repetitions", 12).put("threads", 1).put("aggregate_name", "mean").put("aggregate_unit", "time")
                .put("iterations", 12).put("real_time", 1000.0).put("cpu_time", 990.0).put("time_unit", "ns");
        String project = newProject("hosted-page-xss");
        long id = uploadHosted(StrictJson.mapper().writeValueAsBytes(report),
                fields(project, "ddddddd", "2026-11-01T00:00:00Z")).json().get("id").longValue();

        String html = get("/hosted-runs/" + id).body();

        assertThat(html).contains("BM_&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
    }

    @Test
    void shouldAnswerAnUnknownHostedRunWithTheNotFoundPage() {
        Reply page = get("/hosted-runs/987654321");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("hosted run 987654321");
    }
}
