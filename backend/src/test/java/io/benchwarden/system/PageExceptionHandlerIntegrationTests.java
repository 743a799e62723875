package io.benchwarden.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Pages answer a malformed or missing parameter with the HTML error page naming the parameter and the problem,
 * with the status the API gives for the same mistake; the API keeps its JSON error body.
 */
class PageExceptionHandlerIntegrationTests extends ApiTestSupport {

    private static void assertErrorPage(Reply reply, int status, String heading, String message) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.body()).contains("<h1>" + heading + "</h1>").contains(message)
                .doesNotContain("Exception").doesNotContain("\"status\":");
    }

    @Test
    void shouldNameAPathSegmentThatIsNotANumber() {
        assertErrorPage(get("/runs/abc"), 400, "Bad request", "parameter id must be a whole number, got &quot;abc&quot;");
        assertErrorPage(get("/hosted-runs/1.5"), 400, "Bad request",
                "parameter id must be a whole number, got &quot;1.5&quot;");
    }

    @Test
    void shouldNameAQueryParameterOfTheWrongTypeAndAskForAMissingRunOnTheForm() {
        assertErrorPage(get("/compare?a=x&b=1"), 400, "Bad request",
                "parameter a must be a run: a strict run as 12 or #12, a hosted run as H-11, got &quot;x&quot;");
        Reply halfForm = get("/compare?a=1");
        assertThat(halfForm.status()).isEqualTo(200);
        assertThat(halfForm.body()).contains("Give run b too.");
    }

    @Test
    void shouldNameADateThatIsNotADayAndCutALongValue() {
        String project = newProject("page-errors");
        assertThat(upload(Examples.strictRun(), Map.of("project", project)).status()).isEqualTo(201);

        String mustBeADay = " must be a date (YYYY-MM-DD) between 0001-01-01 and 9999-12-31, got &quot;";
        assertErrorPage(get("/projects/" + project + "/trends?from=garbage"), 400, "Bad request",
                "parameter from" + mustBeADay + "garbage&quot;");
        String long50 = "x".repeat(50);
        assertErrorPage(get("/runs?to=" + long50), 400, "Bad request",
                "parameter to" + mustBeADay + "x".repeat(40) + "…&quot;");
    }

    @Test
    void shouldRefuseAPageSizeOutsideTheApisBoundsAndKeepAChosenOneInThePager() {
        assertErrorPage(get("/runs?limit=-1"), 400, "Bad request", "limit must be between 1 and 500, got -1");
        assertErrorPage(get("/runs?limit=501"), 400, "Bad request", "limit must be between 1 and 500, got 501");

        String project = newProject("page-limit");
        Instant t0 = Instant.parse("2026-10-01T00:00:00Z");
        for (int i = 0; i < 3; i++) {
            assertThat(upload(Examples.strictRun(), Map.of("project", project, "ci_run_id", project + i,
                    "started_at", t0.plus(i, ChronoUnit.HOURS).toString())).status()).isEqualTo(201);
        }
        String page = get("/runs?project=" + project + "&limit=2").body();
        assertThat(page.split("<th scope=\"row\"><a href=\"/runs/", -1)).hasSize(3);
        assertThat(page).containsPattern("href=\"/runs\\?project=" + project + "[^\"]*&amp;limit=2&amp;before=\\d+\"");
    }

    @Test
    void shouldAnswerTheSameMistakesInTheApiWithItsJsonErrorBody() {
        Reply run = get("/api/v1/runs/abc");
        assertThat(run.status()).isEqualTo(400);
        assertThat(run.header("Content-Type")).startsWith("application/json");
        assertThat(run.json().get("error").stringValue()).isEqualTo("bad_request");

        Reply limit = get("/api/v1/runs?limit=-1");
        assertThat(limit.status()).isEqualTo(400);
        assertThat(limit.json().get("message").stringValue()).isEqualTo("limit must be between 1 and 500, got -1");
    }

    @Test
    void shouldKeepTheNotFoundStatusForAMissingRunOrProject() {
        assertErrorPage(get("/runs/987654321"), 404, "Not found", "run 987654321");
        assertErrorPage(get("/projects/no-such-project/trends"), 404, "Not found", "no project no-such-project");
    }
}
