package io.benchwarden.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.runner.upload.MultipartBody;
import io.benchwarden.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SecurityIntegrationTests extends ApiTestSupport {

    private Reply withBasic(String method, String path, String user, String password, String json) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + basic)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    @Test
    void shouldStopARevokedTokenAtOnce() {
        String project = newProject("tokens");
        Reply created = asAdmin("POST", "/api/v1/admin/tokens", "{\"name\":\"ci on perf-1\"}");
        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().get("secret").stringValue();
        long id = created.json().at("/token/id").longValue();
        assertThat(upload(MultipartBody.of(io.benchwarden.support.Bundles.ciFields(Map.of("project", project, "ci_run_id", "1")), Examples.strictRun()), secret)
                .status()).isEqualTo(201);
        JsonNode listed = asAdmin("GET", "/api/v1/admin/tokens", null).json().valueStream()
                .filter(t -> t.get("id").longValue() == id).findFirst().orElseThrow();
        assertThat(listed.get("last_used_at").isNull()).isFalse();
        assertThat(listed.toString()).doesNotContain(secret);

        assertThat(asAdmin("DELETE", "/api/v1/admin/tokens/" + id, null).json().get("revoked_at").isNull()).isFalse();
        Reply afterRevoke = upload(MultipartBody.of(io.benchwarden.support.Bundles.ciFields(Map.of("project", project, "ci_run_id", "2")), Examples.strictRun()),
                secret);
        assertThat(afterRevoke.status()).isEqualTo(401);
        assertThat(runsOf(project)).isEqualTo(1);
    }

    @Test
    void shouldKeepAProjectScopedTokenToItsProject() {
        String mine = newProject("scoped");
        upload(Examples.strictRun(), Map.of("project", mine));
        String secret = asAdmin("POST", "/api/v1/admin/tokens", "{\"name\":\"scoped\",\"project\":\"" + mine + "\"}")
                .json().get("secret").stringValue();
        String other = newProject("other");
        Reply reply = upload(MultipartBody.of(withCiDefaults(Map.of("project", other)), Examples.strictRun()), secret);
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("message").stringValue()).isEqualTo(
                "this token may only write to its own project, not to " + other);
        assertThat(runsOf(other)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM project WHERE name = ?").param(other).query(Long.class).single())
                .as("a scoped token's refused upload creates no project").isZero();
    }

    @Test
    void shouldGrantEachRoleOnlyWhatItMayDo() {
        assertThat(asAdmin("POST", "/api/v1/admin/users",
                "{\"username\":\"tina\",\"password\":\"triage-password-1\",\"role\":\"triager\"}").status()).isEqualTo(201);
        assertThat(asAdmin("POST", "/api/v1/admin/users",
                "{\"username\":\"vic\",\"password\":\"viewer-password-1\",\"role\":\"viewer\"}").status()).isEqualTo(201);
        assertThat(withBasic("GET", "/api/v1/admin/tokens", "tina", "triage-password-1", null).status()).isEqualTo(403);
        assertThat(withBasic("POST", "/api/v1/admin/tokens", "vic", "viewer-password-1", "{\"name\":\"x\"}").status())
                .isEqualTo(403);
        assertThat(withBasic("POST", "/api/v1/alerts/999999/events", "vic", "viewer-password-1", "{\"note\":\"x\"}")
                .status()).isEqualTo(403);
        assertThat(withBasic("POST", "/api/v1/alerts/999999/events", "tina", "triage-password-1", "{\"note\":\"x\"}")
                .status()).as("a triager passes security; the alert does not exist").isEqualTo(404);
        assertThat(withBasic("GET", "/api/v1/admin/tokens", "admin", "wrong", null).status()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/admin/tokens")).GET().build()).status()).isEqualTo(401);
        Reply weak = asAdmin("POST", "/api/v1/admin/users", "{\"username\":\"x\",\"password\":\"short\",\"role\":\"boss\"}");
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.json().get("errors")).hasSize(3);
    }

    @Test
    void shouldRefuseAFormPostWithoutCsrfToken() {
        Reply reply = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ADMIN_PASSWORD)).build());
        assertThat(reply.status()).isEqualTo(403);
    }

    @Test
    void shouldSendSecurityHeadersWithAContentSecurityPolicyWithoutInlineScript() {
        for (String path : new String[] { "/login", "/api/v1/runs" }) {
            Reply reply = get(path);
            assertThat(reply.header("Content-Security-Policy")).as(path).contains("script-src 'self'")
                    .doesNotContain("unsafe-inline");
            assertThat(reply.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(reply.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
    }

    @Test
    void shouldNeverAnswerWithAStackTraceOrSql() {
        Reply malformed = postJson("/api/v1/alerts/1/events", "{not json");
        assertThat(malformed.status()).isEqualTo(400);
        Reply badId = get("/api/v1/runs/not-a-number");
        assertThat(badId.status()).isEqualTo(400);
        for (Reply reply : new Reply[] { malformed, badId }) {
            assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContainIgnoringCase("select ");
        }
    }

    @Test
    void shouldApplyFocusPatternsSetByAnAdminAndRefuseInvalidOnes() {
        String project = newProject("focus");
        uploadHosted(Examples.hostedBenchmark(), Map.of("project", project, "branch", "main", "commit", "aaaaaaa"));
        Reply invalid = send(HttpRequest.newBuilder(uri("/api/v1/projects/" + project + "/focus-patterns"))
                .header("Content-Type", "text/plain").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString("^BM_Parse\n(unclosed\n")).build());
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().at("/errors/0/field").stringValue()).isEqualTo("line 2");

        Reply valid = send(HttpRequest.newBuilder(uri("/api/v1/projects/" + project + "/focus-patterns"))
                .header("Content-Type", "text/plain").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString("# high-signal families\n^BM_Parse\n")).build());
        assertThat(valid.status()).isEqualTo(200);
        Reply next = uploadHosted(Examples.hostedBenchmark(), Map.of("project", project, "branch", "main", "commit", "bbbbbbb"));
        assertThat(next.json().get("compared").valueStream().map(r -> r.get("series").stringValue()).toList())
                .containsExactly("BM_ParsePolicy");
        assertThat(next.json().get("excluded").valueStream().filter(r -> r.get("reason").stringValue().equals("not_in_focus"))
                .map(r -> r.get("name").stringValue()).toList()).containsExactly("BM_JsonEscape_mean");
    }
}
