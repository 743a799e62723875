package io.benchwarden.system.openapi;

import java.util.List;
import java.util.Map;

import io.benchwarden.system.ApiError;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;

/**
 * What holds for every operation unless a feature described it more closely: who may call it (the security
 * configuration's rules, written down), and the error statuses it can answer, each with the ApiError shape.
 */
final class OperationDefaults {

    private OperationDefaults() {
    }

    static void apply(OpenAPI openApi) {
        ApiDocs.schema(openApi, ApiError.class);
        if (openApi.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openApi.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                describe(path.getKey(), entry.getKey(), entry.getValue());
            }
        }
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        boolean read = method == PathItem.HttpMethod.GET;
        if (operation.getSecurity() == null) {
            operation.setSecurity(security(path, method));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        responses.values().forEach(OperationDefaults::jsonByDefault);
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasParameters || operation.getRequestBody() != null) {
            responses.putIfAbsent("400", ApiDocs.error("A parameter or the body is malformed (the message names it)."));
        }
        if (read) {
            responses.putIfAbsent("401", ApiDocs.error(
                    "Only with BENCHWARDEN_PUBLIC_READ=false: no credentials, or unknown ones."));
        }
        else {
            responses.putIfAbsent("401", ApiDocs.error("No credentials, or unknown, revoked or expired ones."));
            responses.putIfAbsent("403", ApiDocs.error("These credentials may not do this (role or token scope)."));
        }
        if (path.contains("{")) {
            responses.putIfAbsent("404", ApiDocs.error("What the path names does not exist."));
        }
        if (!read && operation.getRequestBody() != null) {
            responses.putIfAbsent("422", ApiDocs.error("The body is well-formed but invalid; nothing was changed."));
        }
        responses.putIfAbsent("503", ApiDocs.error(
                "The database does not answer; retry after the Retry-After header's seconds. Nothing was changed."));
    }

    /** A handler that names no media type answers JSON (the CSV forms name theirs): say so instead of any type. */
    private static void jsonByDefault(ApiResponse response) {
        Content content = response.getContent();
        if (content != null && content.containsKey("*/*")) {
            content.put("application/json", content.remove("*/*"));
        }
    }

    /** The security configuration's rules for the API, as requirements. */
    private static List<SecurityRequirement> security(String path, PathItem.HttpMethod method) {
        if (path.startsWith("/api/v1/admin/")) {
            return ApiDocs.anyOf(ApiDocs.BASIC);
        }
        if (method == PathItem.HttpMethod.POST && path.matches("/api/v1/alerts/[^/]+/events")) {
            return ApiDocs.anyOf(ApiDocs.UPLOAD_TOKEN, ApiDocs.BASIC);
        }
        if (method != PathItem.HttpMethod.GET) {
            return ApiDocs.anyOf(ApiDocs.BASIC);
        }
        // Open by default ({} = no credentials needed); a viewer's login or a token once public read is off.
        List<SecurityRequirement> read = new java.util.ArrayList<>();
        read.add(new SecurityRequirement());
        read.addAll(ApiDocs.anyOf(ApiDocs.BASIC, ApiDocs.UPLOAD_TOKEN));
        return read;
    }
}
