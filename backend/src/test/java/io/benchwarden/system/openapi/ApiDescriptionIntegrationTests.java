package io.benchwarden.system.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApiDescriptionIntegrationTests extends ApiTestSupport {

    private JsonNode doc;

    @BeforeEach
    void readTheDescription() {
        Reply reply = get("/v3/api-docs");
        assertThat(reply.status()).isEqualTo(200);
        doc = reply.json();
    }

    private JsonNode operation(String path, String method) {
        return doc.get("paths").get(path).get(method);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void shouldNameTheApiAndItsSecuritySchemes() {
        assertThat(doc.at("/info/title").stringValue()).isEqualTo("Benchwarden API");
        assertThat(doc.at("/info/version").stringValue()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(doc.at("/components/securitySchemes/uploadToken/scheme").stringValue()).isEqualTo("bearer");
        assertThat(doc.at("/components/securitySchemes/basicAuth/scheme").stringValue()).isEqualTo("basic");
        assertThat(names(doc.at("/components/securitySchemes"))).containsExactlyInAnyOrder("uploadToken", "basicAuth");
        assertThat(names(doc.at("/components/schemas/ApiError/properties")))
                .containsExactlyInAnyOrder("status", "error", "message", "errors");
        assertThat(names(doc.at("/components/schemas/Problem/properties")))
                .containsExactlyInAnyOrder("artifact", "field", "message");
        assertThat(names(doc.get("paths"))).allMatch(path -> path.startsWith("/api/"));
    }

    @Test
    void shouldDescribeEveryStatusOfTheUploadsWithTheErrorShape() {
        for (String path : List.of("/api/v1/runs", "/api/v1/hosted-runs")) {
            JsonNode upload = operation(path, "post");
            assertThat(names(upload.get("responses"))).as(path)
                    .containsExactlyInAnyOrder("200", "201", "400", "401", "403", "409", "413", "422", "503");
            for (String status : List.of("400", "401", "403", "409", "413", "422", "503")) {
                assertThat(upload.at("/responses/" + status + "/content/application~1json/schema/$ref").stringValue())
                        .as(path + " " + status).isEqualTo("#/components/schemas/ApiError");
            }
            assertThat(upload.at("/security/0/uploadToken").isArray()).as(path).isTrue();
            assertThat(upload.get("security")).hasSize(1);
        }
        assertThat(operation("/api/v1/runs", "post").at("/responses/201/content/application~1json/schema/$ref")
                .stringValue()).isEqualTo("#/components/schemas/IngestResponse");
        assertThat(names(doc.at("/components/schemas/IngestResponse/properties")))
                .containsExactlyInAnyOrder("id", "url", "strict");
        assertThat(names(doc.at("/components/schemas/HostedRun/properties"))).contains("url", "ci_run_id");
        // the schemas springdoc derives for the other operations use the wire's names too
        assertThat(names(doc.at("/components/schemas/RunSummary/properties"))).contains("ci_run_id", "started_at");
    }

    @Test
    void shouldDescribeEveryPartAndFieldOfTheStrictUpload() {
        JsonNode form = operation("/api/v1/runs", "post").at("/requestBody/content/multipart~1form-data/schema");
        List<String> parts = names(form.get("properties"));
        assertThat(parts).contains("project", "branch", "commit", "runner", "ci_run_id", "started_at");
        assertThat(parts).containsAll(ArtifactNames.REQUIRED_INPUTS).containsAll(ArtifactNames.OPTIONAL);
        List<String> required = new ArrayList<>();
        form.get("required").forEach(name -> required.add(name.stringValue()));
        assertThat(required).containsExactlyInAnyOrderElementsOf(
                concat(List.of("project"), ArtifactNames.REQUIRED_INPUTS));
        assertThat(form.at("/properties/open_compare.json/format").stringValue()).isEqualTo("binary");
    }

    @Test
    void shouldDescribeBothBodiesOfTheHostedUploadWithoutABogusParameter() {
        JsonNode upload = operation("/api/v1/hosted-runs", "post");
        List<String> parameters = new ArrayList<>();
        upload.get("parameters").forEach(p -> parameters.add(p.get("name").stringValue()));
        assertThat(parameters).containsExactly("project", "branch", "commit", "runner", "ci_run_id", "started_at");
        upload.get("parameters").forEach(p -> assertThat(p.get("required").booleanValue()).isFalse());
        assertThat(names(upload.at("/requestBody/content"))).containsExactlyInAnyOrder("multipart/form-data",
                "application/json");
        assertThat(upload.at("/requestBody/content/multipart~1form-data/schema/properties/benchmark.json/format")
                .stringValue()).isEqualTo("binary");
        assertThat(upload.at("/requestBody/content/application~1json/example/benchmarks").isArray()).isTrue();
    }

    @Test
    void shouldShowExamplesThatTheServiceReallyAnswers() {
        JsonNode created = operation("/api/v1/runs", "post").at("/responses/201/content/application~1json/example");
        Reply real = upload(Examples.strictRun(), Map.of("project", newProject("openapi")));
        assertThat(real.status()).isEqualTo(201);
        assertThat(StrictJson.mapper().readTree(created.get("strict").toString())).isEqualTo(real.json().get("strict"));

        JsonNode invalid = operation("/api/v1/runs", "post").at("/responses/422/content/application~1json/example");
        Reply refused = upload(Examples.without(Examples.strictRun(), ArtifactNames.CONNECT_WITH_AGENT),
                Map.of("project", newProject("openapi")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(StrictJson.mapper().readTree(invalid.toString())).isEqualTo(refused.json());
    }

    @Test
    void shouldStateWhoMayCallEachOperationAndWhatItAnswers() {
        JsonNode tokens = operation("/api/v1/admin/tokens", "post");
        assertThat(tokens.at("/security/0/basicAuth").isArray()).isTrue();
        assertThat(names(tokens.get("responses"))).contains("401", "403", "422", "503");
        JsonNode events = operation("/api/v1/alerts/{id}/events", "post");
        assertThat(events.get("security")).hasSize(2);
        JsonNode run = operation("/api/v1/runs/{id}", "get");
        assertThat(names(run.get("responses"))).contains("200", "404", "503");
        assertThat(run.at("/security/0").isEmpty()).as("readable without credentials by default").isTrue();
        assertThat(names(operation("/api/v1/runs", "get").at("/responses/200/content")))
                .contains("application/json", "text/csv");
    }

    @Test
    void shouldServeSwaggerUiWithStaticScriptsUnderAPolicyScopedToIt() {
        Reply ui = get("/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        String policy = ui.header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self';").contains("style-src 'self' 'unsafe-inline';");
        assertThat(ui.body()).contains("<script src=\"./swagger-initializer.js\"")
                .doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
        Reply initializer = get("/swagger-ui/swagger-initializer.js");
        assertThat(initializer.status()).isEqualTo(200);
        assertThat(initializer.body()).contains("/v3/api-docs");
        assertThat(get("/swagger-ui.html").status()).isEqualTo(302);
        // the pages keep the strict policy
        assertThat(get("/login").header("Content-Security-Policy")).contains("style-src 'self';");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
