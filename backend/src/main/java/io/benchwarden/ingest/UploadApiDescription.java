package io.benchwarden.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.hosted.HostedViews;
import io.benchwarden.run.RunViews;
import io.benchwarden.system.openapi.ApiDocs;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The two upload operations in the API description: the multipart parts and form fields they read (the names
 * {@link UploadFormReader} and the contract's {@link ArtifactNames} accept), the JSON body of the hosted upload,
 * and every answer the {@link IngestPipeline} gives, with examples from the real example artifacts.
 */
@Component
class UploadApiDescription implements OpenApiCustomizer {

    private static final String MULTIPART = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE;
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

    /** The form fields, in the order a person reads them. */
    private static final Map<String, String> FIELDS = fields();

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("project", "Project name (created on its first upload); " + io.benchwarden.project.ProjectName.RULE);
        fields.put("branch", "Branch the run measured (the trend charts are per branch).");
        fields.put("commit", "Commit SHA, 7 to 40 hexadecimal characters (triage is per commit).");
        fields.put("runner", "Name of the host or runner that measured.");
        fields.put("ci_run_id", "CI run id: the idempotency key. A retry with the same id answers 200 with the "
                + "stored run; without it the key is the content's fingerprint.");
        fields.put("started_at", "When the measurement started, ISO-8601 (default: the time of the upload).");
        return fields;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        if (openApi.getPaths().get("/api/v1/runs") != null) {
            strict(openApi.getPaths().get("/api/v1/runs").getPost(),
                    ApiDocs.schema(openApi, RunViews.IngestResponse.class));
        }
        if (openApi.getPaths().get("/api/v1/hosted-runs") != null) {
            hosted(openApi.getPaths().get("/api/v1/hosted-runs").getPost(),
                    ApiDocs.schema(openApi, HostedViews.HostedRun.class));
        }
    }

    private static void strict(Operation upload, Schema<?> answer) {
        ObjectSchema form = formFields();
        form.addRequiredItem("project");
        for (String artifact : ArtifactNames.REQUIRED_INPUTS) {
            form.addProperty(artifact, file("Required contract artifact, sent as a file part named by its file name."));
            form.addRequiredItem(artifact);
        }
        for (String artifact : ArtifactNames.OPTIONAL.stream().sorted().toList()) {
            form.addProperty(artifact, file("Optional artifact, kept byte-for-byte with the run."));
        }
        upload.summary("Upload a strict run").description("""
                One multipart part per artifact, named by its file name, plus the form fields. A few further files \
                with plain names are kept as extras beside the contract's; repeated parts are refused. Every \
                problem of form and content is answered at once with 422; nothing is stored. The answer carries \
                the strict gate's verdict and the run's page (url).""")
                .requestBody(new RequestBody().required(true)
                        .content(new Content().addMediaType(MULTIPART, new MediaType().schema(form))))
                .security(ApiDocs.anyOf(ApiDocs.UPLOAD_TOKEN))
                .responses(answers("run", answer,
                        ApiDocs.example("openapi/strict-run-answer.json")));
    }

    private static void hosted(Operation upload, Schema<?> answer) {
        ObjectSchema form = formFields();
        form.addRequiredItem("project");
        form.addRequiredItem("commit");
        form.addRequiredItem("branch");
        form.addProperty(HostedUpload.ARTIFACT, file("Google Benchmark JSON (--benchmark_format=json)."));
        form.addRequiredItem(HostedUpload.ARTIFACT);
        MediaType body = new MediaType().schema(new ObjectSchema().description(
                "Google Benchmark JSON as the whole body; the form fields then go in the query string."))
                .example(ApiDocs.example("demo/benchmark.json"));
        upload.summary("Upload a hosted Google Benchmark run").description("""
                Either a multipart form with a benchmark.json part and the form fields, or the JSON as the body with \
                the fields as query parameters. Compared with the baseline under the project's hosted policy; alerts \
                are advisory.""")
                .parameters(queryFields())
                .requestBody(new RequestBody().required(true).content(new Content()
                        .addMediaType(MULTIPART, new MediaType().schema(form)).addMediaType(JSON, body)))
                .security(ApiDocs.anyOf(ApiDocs.UPLOAD_TOKEN))
                .responses(answers("hosted run", answer, null));
    }

    private static ApiResponses answers(String noun, Schema<?> answer, Object example) {
        MediaType created = new MediaType().schema(answer);
        if (example != null) {
            created.example(example);
        }
        return new ApiResponses()
                .addApiResponse("201", new ApiResponse().description("Stored: the " + noun + " with its verdict; "
                        + "Location is the API resource, url the page.").content(new Content().addMediaType(JSON, created)))
                .addApiResponse("200", new ApiResponse().description("A repeat: this key (ci_run_id or the content's "
                        + "fingerprint) was stored before with the same content; the stored " + noun + ", nothing "
                        + "duplicated.").content(new Content().addMediaType(JSON, new MediaType().schema(answer))))
                .addApiResponse("400", ApiDocs.error("The request is not valid multipart/form-data or JSON."))
                .addApiResponse("401", ApiDocs.error("No bearer token, or an unknown, revoked or expired one."))
                .addApiResponse("403", ApiDocs.error("The token is limited to another project."))
                .addApiResponse("409", ApiDocs.error("This key was stored before with different artifacts or "
                        + "metadata; nothing was stored."))
                .addApiResponse("413", ApiDocs.error("An artifact over 1 MB or a request over 8 MB; nothing was stored."))
                .addApiResponse("422", ApiDocs.error("Every problem found, each naming the artifact (or form) and "
                        + "field; nothing was stored.", ApiDocs.example("openapi/invalid-upload.json")))
                .addApiResponse("503", ApiDocs.error("The database does not answer; retry after Retry-After seconds. "
                        + "Nothing was stored."));
    }

    private static ObjectSchema formFields() {
        ObjectSchema form = new ObjectSchema();
        FIELDS.forEach((name, description) -> form.addProperty(name, new StringSchema().description(description)));
        return form;
    }

    private static List<Parameter> queryFields() {
        return FIELDS.entrySet().stream().map(field -> new Parameter().in("query").name(field.getKey())
                .required(false).schema(new StringSchema())
                .description(field.getValue() + " Only with the JSON body; project, branch and commit are required then."))
                .toList();
    }

    private static Schema<?> file(String description) {
        return new StringSchema().format("binary").description(description);
    }
}
