package io.benchwarden.system.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.benchwarden.system.ApiError;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /v3/api-docs}: the API as it really behaves, described in one place instead of annotations on every
 * controller — who may call each operation, the upload bodies part by part, every status an operation answers with
 * the one error shape ({@link ApiError}), and examples taken from the real artifacts.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    SnakeCaseModelResolver snakeCaseModels() {
        return new SnakeCaseModelResolver();
    }

    @Bean
    OpenAPI benchwardenOpenApi(ObjectProvider<BuildProperties> build) {
        String version = build.getIfAvailable() == null ? "development" : build.getIfAvailable().getVersion();
        Components components = new Components()
                .addSecuritySchemes(ApiDocs.UPLOAD_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An upload token (created by an admin, shown once): "
                                + "Authorization: Bearer <token>. Uploads, and moving alerts from CI."))
                .addSecuritySchemes(ApiDocs.BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("An account's user name and password. Admin calls need an admin; moving an "
                                + "alert needs a triager; reading needs a viewer when BENCHWARDEN_PUBLIC_READ=false. "
                                + "The pages' login session is not part of the API."));
        return new OpenAPI().components(components).info(new Info().title("Benchwarden API").version(version)
                .description("Performance-regression history of an agent: strict runs from dedicated perf hosts, "
                        + "hosted Google Benchmark runs, their verdicts, trends, triage and promotion. Errors always "
                        + "have the ApiError shape; an invalid upload lists every problem and stores nothing."));
    }

    /** Fills in only what a feature's own description (the uploads') left open, whichever runs first. */
    @Bean
    OpenApiCustomizer operationDefaults() {
        return OperationDefaults::apply;
    }
}
