package io.benchwarden.system.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;

/** The pieces every part of the API description shares: the security scheme names and the error answer. */
public final class ApiDocs {

    public static final String UPLOAD_TOKEN = "uploadToken";
    public static final String BASIC = "basicAuth";
    static final String API_ERROR_REF = "#/components/schemas/ApiError";

    private ApiDocs() {
    }

    /** An error answer: the ApiError shape, with a sentence saying when it happens. */
    public static ApiResponse error(String when) {
        return new ApiResponse().description(when).content(new Content().addMediaType("application/json",
                new MediaType().schema(new Schema<>().$ref(API_ERROR_REF))));
    }

    /** An error answer with a real example body. */
    public static ApiResponse error(String when, Object example) {
        ApiResponse response = error(when);
        response.getContent().get("application/json").example(example);
        return response;
    }

    /** Any one of the schemes will do. */
    public static List<SecurityRequirement> anyOf(String... schemes) {
        return java.util.Arrays.stream(schemes).map(scheme -> new SecurityRequirement().addList(scheme)).toList();
    }

    /**
     * Puts a type's schema (and the schemas it refers to) among the components, resolved as the wire writes it,
     * and returns a reference to it.
     */
    public static Schema<?> schema(OpenAPI openApi, Class<?> type) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        // The converters of the document's own version, where the snake_case resolver is registered.
        boolean openApi31 = openApi.getSpecVersion() == SpecVersion.V31;
        ResolvedSchema resolved = ModelConverters.getInstance(openApi31)
                .resolveAsResolvedSchema(new AnnotatedType(type));
        resolved.referencedSchemas.forEach(openApi.getComponents()::addSchemas);
        openApi.getComponents().addSchemas(resolved.schema.getName(), resolved.schema);
        return new Schema<>().$ref(resolved.schema.getName());
    }

    /** A JSON example from the classpath, as the description's JSON tree. */
    public static Object example(String resource) {
        try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing example " + resource);
            }
            return Json.mapper().readTree(in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
