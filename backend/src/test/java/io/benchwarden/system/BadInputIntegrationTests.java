package io.benchwarden.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchwarden.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

/**
 * NUL bytes and dates no database can hold are refused with a 4xx naming the field: the API in its JSON error
 * shape, the pages with the error page. None of them reaches a query, so nothing is stored or changed.
 */
class BadInputIntegrationTests extends ApiTestSupport {

    private static final String NUL = "%00";

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private static void assertApiError(Reply reply, int status, String message) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.json().get("status").intValue()).isEqualTo(status);
        assertThat(reply.json().get("message").stringValue()).isEqualTo(message);
    }

    private static void assertErrorPage(Reply reply, String message) {
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.body()).contains(message).doesNotContain("Exception");
    }

    @Test
    void shouldRefuseANulByteInAnAlertNoteAndLeaveTheAlertAsItWas() {
        long alert = hostedAlertIn(newProject("nul-note"));
        long events = count("alert_event");

        Reply reply = postJson("/api/v1/alerts/" + alert + "/events",
                "{\"state\":\"acknowledged\",\"note\":\"a\\u0000b\"}");

        assertApiError(reply, 422,
                "note contains the control character U+0000 at character 2; only tabs and line breaks are allowed");
        assertThat(reply.json().get("error").stringValue()).isEqualTo("invalid_note");
        assertThat(jdbc.sql("SELECT state FROM alert WHERE id = ?").param(alert).query(String.class).single())
                .isEqualTo("open");
        assertThat(count("alert_event")).isEqualTo(events);
    }

    @Test
    void shouldRefuseANulByteInATokenNameOrItsProjectAndCreateNoToken() {
        long tokens = count("api_token");

        Reply name = asAdmin("POST", "/api/v1/admin/tokens", "{\"name\":\"ci\\u0000\"}");
        Reply project = asAdmin("POST", "/api/v1/admin/tokens", "{\"name\":\"ci\",\"project\":\"p\\u0000\"}");

        assertApiError(name, 422,
                "name contains the control character U+0000 at character 3; control characters are not allowed");
        assertApiError(project, 404, "project p\u0000 does not exist");
        assertThat(count("api_token")).isEqualTo(tokens);
    }

    @Test
    void shouldRefuseAPasswordLongerThanBcryptCanHashAndCreateNoAccount() {
        long users = count("app_user");

        Reply reply = asAdmin("POST", "/api/v1/admin/users",
                "{\"username\":\"longpass\",\"password\":\"" + "p".repeat(73) + "\",\"role\":\"viewer\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/errors/0/field").stringValue()).isEqualTo("password");
        assertThat(reply.json().at("/errors/0/message").stringValue())
                .isEqualTo("must be at most 72 bytes in UTF-8 (bcrypt's limit), got 73");
        assertThat(count("app_user")).isEqualTo(users);
    }

    @Test
    void shouldRefuseANulByteInAPathSegment() {
        Reply api = get("/api/v1/projects/a" + NUL + "b/trends");
        Reply page = get("/projects/a" + NUL + "b/triage");

        assertThat(api.status()).isEqualTo(400);
        assertThat(page.status()).isEqualTo(400);
        assertThat(api.body() + page.body()).doesNotContain("Exception");
    }

    @Test
    void shouldRefuseANulByteInAnyQueryParameterOfTheApi() {
        String expected = " contains the control character U+0000 at character 2; only tabs and line breaks are allowed";

        assertApiError(get("/api/v1/runs?project=a" + NUL), 400, "parameter project" + expected);
        assertApiError(get("/api/v1/runs?status=pass&runner=r" + NUL), 400, "parameter runner" + expected);
        assertApiError(get("/api/v1/triage?project=demo&branch=b" + NUL), 400, "parameter branch" + expected);
        assertApiError(get("/api/v1/promotion?project=demo&commit=c" + NUL), 400, "parameter commit" + expected);
        assertApiError(get("/api/v1/projects/demo/trends?branch=m" + NUL), 400, "parameter branch" + expected);
    }

    @Test
    void shouldRefuseTrendDatesNoDatabaseCanHoldNamingTheParameter() {
        String project = newProject("far-dates");
        hostedAlertIn(project);
        String expected = " must be an ISO-8601 instant from 0001-01-01T00:00:00Z to +10000-01-01T00:00:00Z, such as "
                + "2026-11-27T00:00:00Z, got ";

        assertApiError(get("/api/v1/projects/" + project + "/trends?from=-999999999-01-01T00:00:00Z"), 400,
                "parameter from" + expected + "\"-999999999-01-01T00:00:00Z\"");
        assertApiError(get("/api/v1/projects/" + project + "/trends?from=-999999999-01-01"), 400,
                "parameter from" + expected + "\"-999999999-01-01\"");
        assertApiError(get("/api/v1/projects/" + project + "/hosted-trends?to=%2B999999999-12-31T23:59:59Z"), 400,
                "parameter to" + expected + "\"+999999999-12-31T23:59:59Z\"");
        assertApiError(get("/api/v1/projects/" + project + "/hosted-trends?to=yesterday"), 400,
                "parameter to" + expected + "\"yesterday\"");
        Reply widest = get("/api/v1/projects/" + project
                + "/hosted-trends?from=0001-01-01T00:00:00Z&to=%2B10000-01-01T00:00:00Z");
        assertThat(widest.status()).isEqualTo(200);
        assertThat(widest.json().get("total_runs").longValue()).isEqualTo(2);
    }

    @Test
    void shouldAnswerBadDatesAndParametersOnPagesWithTheErrorPage() {
        String project = newProject("page-dates");
        hostedAlertIn(project);
        String expected = "parameter from must be a date (YYYY-MM-DD) between 0001-01-01 and 9999-12-31, got &quot;";

        assertErrorPage(get("/runs?from=-999999999-01-01"), expected + "-999999999-01-01&quot;");
        assertErrorPage(get("/runs?to=%2B999999999-12-31"), "parameter to must be a date");
        assertErrorPage(get("/projects/" + project + "/trends?from=%2B999999999-01-01"),
                expected + "+999999999-01-01&quot;");
        assertErrorPage(get("/runs?project=a" + NUL), "parameter project contains the control character U+0000");
        assertErrorPage(get("/runs?before=abc"), "parameter before must be a whole number");
        assertThat(get("/runs?from=0001-01-01&to=9999-12-31").status()).isEqualTo(200);
        String page = get("/projects/" + project + "/trends?to=9999-12-31").body();
        String dataUrl = page.replaceAll("(?s).*data-hosted-url=\"([^\"]*)\".*", "$1").replace("&amp;", "&");
        assertThat(dataUrl).endsWith("to=%2B10000-01-01T00%3A00%3A00Z");
        assertThat(get(dataUrl).status()).as("the page's own data link").isEqualTo(200);
    }
}
