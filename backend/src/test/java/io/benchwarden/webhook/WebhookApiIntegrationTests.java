package io.benchwarden.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.benchwarden.support.ApiTestSupport;
import io.benchwarden.support.Bundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Webhooks through the API as an installation has them by default: admins only, no private targets. */
class WebhookApiIntegrationTests extends ApiTestSupport {

    private String project;

    @BeforeEach
    void project() {
        project = newProject("webhooks");
        assertThat(upload(Bundles.passingStrictRun(), Map.of("project", project, "commit", "aaaaaaa")).status())
                .isEqualTo(201);
    }

    private Reply create(String json) {
        return asAdmin("POST", "/api/v1/projects/" + project + "/webhooks", json);
    }

    @Test
    void shouldCreateListAndDeleteAWebhookWithoutEverShowingItsSecret() {
        Reply created = create("{\"url\":\"https://93.184.216.34/hooks/bench\",\"format\":\"json\","
                + "\"secret\":\"sixteen-chars-and-more\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").longValue();
        assertThat(created.header("Location")).endsWith("/api/v1/projects/" + project + "/webhooks/" + id);
        assertThat(created.body()).doesNotContain("sixteen-chars-and-more").doesNotContain("secret");
        Reply listed = asAdmin("GET", "/api/v1/projects/" + project + "/webhooks", null);
        assertThat(listed.json().get("webhooks")).hasSize(1);
        assertThat(listed.json().at("/webhooks/0/url").asString()).isEqualTo("https://93.184.216.34/hooks/bench");
        assertThat(listed.json().at("/webhooks/0/created_by").asString()).isEqualTo("admin");
        assertThat(listed.body()).doesNotContain("sixteen-chars-and-more");

        assertThat(asAdmin("DELETE", "/api/v1/projects/" + project + "/webhooks/" + id, null).status()).isEqualTo(204);
        assertThat(asAdmin("GET", "/api/v1/projects/" + project + "/webhooks", null).json().get("webhooks")).isEmpty();
        assertThat(asAdmin("DELETE", "/api/v1/projects/" + project + "/webhooks/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void shouldShowASlackUrlWithoutThePathThatHoldsItsCredential() {
        create("{\"url\":\"https://93.184.216.34/services/T000/B000/XXXX\",\"format\":\"slack\","
                + "\"secret\":\"sixteen-chars-and-more\"}");

        Reply listed = asAdmin("GET", "/api/v1/projects/" + project + "/webhooks", null);

        assertThat(listed.json().at("/webhooks/0/url").asString()).isEqualTo("https://93.184.216.34/…");
        assertThat(listed.body()).doesNotContain("XXXX");
    }

    @Test
    void shouldRefuseLoopbackAndPrivateTargetsAndNameEveryBadFieldAtOnce() {
        for (String url : new String[] { "http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.0.0.1/x",
                "http://[::1]/x", "http://169.254.169.254/latest/meta-data" }) {
            Reply refused = create("{\"url\":\"" + url + "\",\"format\":\"json\",\"secret\":\"sixteen-chars-and-more\"}");
            assertThat(refused.status()).as(url).isEqualTo(422);
            assertThat(refused.json().at("/errors/0/field").asString()).as(url).isEqualTo("url");
            assertThat(refused.json().at("/errors/0/message").asString()).as(url)
                    .contains("a loopback, link-local or private address");
        }
        Reply all = create("{\"url\":\"ftp://example.com\",\"format\":\"xml\",\"secret\":\"short\"}");
        assertThat(all.status()).isEqualTo(422);
        JsonNode errors = all.json().get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString())).containsExactly("url", "format",
                "secret");
        assertThat(asAdmin("GET", "/api/v1/projects/" + project + "/webhooks", null).json().get("webhooks")).isEmpty();
    }

    @Test
    void shouldKeepWebhooksFromAnyoneButAnAdmin() {
        assertThat(get("/api/v1/projects/" + project + "/webhooks").status()).isEqualTo(401);
        assertThat(postJson("/api/v1/projects/" + project + "/webhooks", "{\"url\":\"https://93.184.216.34/x\","
                + "\"format\":\"json\",\"secret\":\"sixteen-chars-and-more\"}").status()).isEqualTo(403);
        assertThat(get("/api/v1/projects/" + project + "/webhooks/deliveries").status()).isEqualTo(401);
    }
}
