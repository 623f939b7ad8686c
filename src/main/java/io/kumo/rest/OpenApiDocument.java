package io.kumo.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.1 document of a set of routes, generated from their {@link ApiDoc}s: paths, parameters, bodies,
 * answers (with the error answers each {@link Access} implies), bearer security and tags.
 */
public final class OpenApiDocument {

    public static final String BEARER = "bearer";

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}/]+)}");
    private static final Map<String, Object> ERROR_REF = Map.of("$ref", "#/components/schemas/Error");

    private OpenApiDocument() {
    }

    public static Map<String, Object> of(List<ApiRoute> routes, String version) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.1.0");
        document.put("info", Map.of("title", "Kumo REST API", "version", version,
                "description", "Schedule and supervise Python scripts. Send 'Authorization: Bearer TOKEN' "
                        + "(make one with: kumo api token create NAME --role viewer|operator|admin)."));
        Set<String> tags = new LinkedHashSet<>();
        Map<String, Map<String, Object>> paths = new LinkedHashMap<>();
        for (ApiRoute route : routes) {
            tags.add(route.doc().tag());
            paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<>())
                    .put(route.method().name().toLowerCase(Locale.ROOT), operation(route));
        }
        document.put("tags", tags.stream().map(tag -> Map.of("name", tag)).toList());
        document.put("paths", paths);
        document.put("components", Map.of(
                "securitySchemes", Map.of(BEARER, Map.of("type", "http", "scheme", "bearer",
                        "description", "A Kumo API token; its role (viewer, operator, admin) decides what it may do")),
                "schemas", Map.of("Error", Map.of("type", "object",
                        "properties", Map.of("error", Map.of("type", "string")), "required", List.of("error")))));
        return document;
    }

    /** The role a route needs as the docs say it: {@code operator}, {@code none}, {@code trigger secret}... */
    public static String who(Access access) {
        return switch (access) {
            case OPEN -> "none";
            case HOOK -> "trigger secret";
            case METRICS -> "viewer (or none when opened in Settings)";
            default -> access.role().orElseThrow().label();
        };
    }

    private static Map<String, Object> operation(ApiRoute route) {
        ApiDoc doc = route.doc();
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("tags", List.of(doc.tag()));
        operation.put("summary", doc.summary());
        String role = "Token role: " + who(route.access()) + ".";
        operation.put("description", doc.description().isBlank() ? role : doc.description() + "\n\n" + role);
        operation.put("operationId", operationId(route));
        List<Map<String, Object>> parameters = parameters(route);
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        doc.requestBody().ifPresent(body -> operation.put("requestBody",
                Map.of("required", true, "content", Map.of(ApiDoc.JSON, Map.of("schema", body.node())))));
        operation.put("responses", responses(route));
        operation.put("security", switch (route.access()) {
            case OPEN, HOOK -> List.of();
            case METRICS -> List.of(Map.of(BEARER, List.of()), Map.of());
            default -> List.of(Map.of(BEARER, List.of()));
        });
        return operation;
    }

    private static List<Map<String, Object>> parameters(ApiRoute route) {
        List<Map<String, Object>> parameters = new ArrayList<>();
        Set<String> pathNames = new LinkedHashSet<>();
        Matcher names = PATH_PARAM.matcher(route.path());
        while (names.find()) {
            pathNames.add(names.group(1));
        }
        for (ApiParam param : route.doc().params()) {
            if (param.in() == ApiParam.In.PATH && !pathNames.remove(param.name())) {
                continue; // the path has no such segment: the document would not validate
            }
            parameters.add(parameter(param));
        }
        for (String missing : pathNames) {
            parameters.add(parameter(ApiParam.path(missing, missing)));
        }
        return parameters;
    }

    private static Map<String, Object> parameter(ApiParam param) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", param.name());
        node.put("in", param.in().name().toLowerCase(Locale.ROOT));
        node.put("required", param.in() == ApiParam.In.PATH || param.required());
        if (!param.description().isBlank()) {
            node.put("description", param.description());
        }
        node.put("schema", param.schema().node());
        return node;
    }

    private static Map<String, Object> responses(ApiRoute route) {
        ApiDoc doc = route.doc();
        Map<String, Object> responses = new LinkedHashMap<>();
        Map<String, Object> ok = new LinkedHashMap<>();
        ok.put("description", doc.summary());
        if (doc.okStatus() != 204) {
            Map<String, Object> schema = doc.response().map(JsonSchema::node)
                    .orElse(ApiDoc.JSON.equals(doc.responseType()) ? Map.of() : Map.of("type", "string"));
            Map<String, Object> content = new LinkedHashMap<>();
            content.put(doc.responseType(), Map.of("schema", schema));
            doc.otherTypes().forEach((type, other) -> content.put(type, Map.of("schema", other.node())));
            ok.put("content", content);
        }
        responses.put(Integer.toString(doc.okStatus()), ok);
        responses.put("400", error("The request is not valid"));
        switch (route.access()) {
            case OPEN -> { }
            case HOOK -> {
                responses.put("401", error("No trigger secret, or one that does not match"));
                responses.put("410", error("The trigger's task or workflow was deleted"));
                responses.put("429", error("Too many failed attempts from this client; see Retry-After"));
            }
            default -> {
                responses.put("401", error("No token, or one unknown, revoked or expired"));
                responses.put("403", error("The token's role is below " + who(route.access())));
                responses.put("429", error("Too many failed attempts from this client; see Retry-After"));
            }
        }
        responses.put("404", error("Not found"));
        if (doc.requestBody().isPresent() || route.access() == Access.HOOK) {
            responses.put("413", error("The request body is larger than 1 MB"));
        }
        if (route.access() == Access.HOOK) {
            responses.put("503", error("The engine is not running: Kumo cannot start runs now"));
        }
        doc.errors().forEach((status, meaning) -> responses.put(Integer.toString(status), error(meaning)));
        return sorted(responses);
    }

    /** The answers by status, as readers of the document look for them. */
    private static Map<String, Object> sorted(Map<String, Object> responses) {
        Map<String, Object> sorted = new LinkedHashMap<>();
        responses.keySet().stream().sorted().forEach(status -> sorted.put(status, responses.get(status)));
        return sorted;
    }

    private static Map<String, Object> error(String description) {
        return Map.of("description", description, "content", Map.of(ApiDoc.JSON, Map.of("schema", ERROR_REF)));
    }

    private static String operationId(ApiRoute route) {
        StringBuilder id = new StringBuilder(route.method().name().toLowerCase(Locale.ROOT));
        for (String part : route.path().split("[/{}_.-]+")) {
            if (!part.isEmpty() && !part.equals("api") && !part.equals("v1")) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString();
    }
}
