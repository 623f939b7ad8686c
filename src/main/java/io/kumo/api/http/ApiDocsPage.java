package io.kumo.api.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The browsable page of the OpenAPI document: one section per tag, each operation with method, path, role,
 * parameters and an example curl. Self-contained (inline style, no scripts) so it works offline.
 */
final class ApiDocsPage {

    private ApiDocsPage() {
    }

    @SuppressWarnings("unchecked")
    static String html(Map<String, Object> document, String baseUrl) {
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        for (Map<String, Object> tag : (List<Map<String, Object>>) document.get("tags")) {
            sections.put((String) tag.get("name"), new StringBuilder());
        }
        ((Map<String, Map<String, Map<String, Object>>>) document.get("paths")).forEach((path, operations) ->
                operations.forEach((method, operation) -> {
                    String tag = ((List<String>) operation.get("tags")).getFirst();
                    sections.computeIfAbsent(tag, t -> new StringBuilder()).append(operation(method, path, operation, baseUrl));
                }));
        Map<String, Object> info = (Map<String, Object>) document.get("info");
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Kumo REST API</title>
                <style>
                body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
                h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
                .op{margin:1rem 0;padding:.6rem .8rem;border:1px solid #ddd;border-radius:6px}
                .m{display:inline-block;min-width:4rem;font-weight:bold;font-family:monospace}
                .GET{color:#1a6}.POST{color:#26b}.PUT{color:#b70}.DELETE{color:#c33}
                code,pre{font-family:monospace;background:#f4f4f4}pre{padding:.4rem;overflow-x:auto}
                .role{float:right;color:#666}
                </style></head><body>
                """);
        page.append("<h1>Kumo REST API <small>").append(escape((String) info.get("version"))).append("</small></h1>\n")
                .append("<p>").append(escape((String) info.get("description"))).append("</p>\n")
                .append("<p>The machine-readable document: <a href=\"/api/v1/openapi.json\">/api/v1/openapi.json</a></p>\n");
        sections.forEach((tag, body) -> page.append("<h2 id=\"").append(escape(tag)).append("\">").append(escape(tag))
                .append("</h2>\n").append(body));
        return page.append("</body></html>\n").toString();
    }

    @SuppressWarnings("unchecked")
    private static String operation(String method, String path, Map<String, Object> operation, String baseUrl) {
        String upper = method.toUpperCase(Locale.ROOT);
        StringBuilder html = new StringBuilder("<div class=\"op\"><span class=\"m ").append(upper).append("\">")
                .append(upper).append("</span> <code>").append(escape(path)).append("</code><span class=\"role\">")
                .append(escape(roleLine((String) operation.get("description")))).append("</span>\n<p>")
                .append(escape((String) operation.get("summary"))).append("</p>\n");
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
        if (!parameters.isEmpty()) {
            html.append("<ul>\n");
            for (Map<String, Object> parameter : parameters) {
                html.append("<li><code>").append(escape((String) parameter.get("name"))).append("</code> (")
                        .append(parameter.get("in")).append(Boolean.TRUE.equals(parameter.get("required")) ? ", required" : "")
                        .append(") ").append(escape((String) parameter.getOrDefault("description", ""))).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        boolean token = !((List<?>) operation.get("security")).isEmpty();
        String curl = "curl" + (upper.equals("GET") ? "" : " -X " + upper)
                + (token ? " -H 'Authorization: Bearer $KUMO_TOKEN'" : "")
                + (operation.containsKey("requestBody") ? " -H 'Content-Type: application/json' -d '{...}'" : "")
                + " '" + baseUrl + path + "'";
        return html.append("<pre>").append(escape(curl)).append("</pre></div>\n").toString();
    }

    private static String roleLine(String description) {
        int at = description.lastIndexOf("Token role: ");
        return at < 0 ? "" : "role: " + description.substring(at + "Token role: ".length()).replaceAll("\\.$", "");
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
