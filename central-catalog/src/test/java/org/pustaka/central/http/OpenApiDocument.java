package org.pustaka.central.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small validator of answers against {@code docs/central-catalog-api.yaml}, written over Jackson's YAML
 * module: the status must be listed for the operation, and the body must match the response's schema
 * ({@code $ref}, {@code type}, {@code required}, {@code properties}, {@code additionalProperties},
 * {@code enum}, {@code pattern}, {@code format} uuid/date/date-time with seconds, {@code minLength},
 * {@code maxLength}, {@code minimum}, {@code maximum}, {@code maxItems}). Unknown properties are allowed,
 * as the document's conventions say.
 */
final class OpenApiDocument {
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");
    private final JsonNode root;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    static OpenApiDocument load() {
        try {
            return new OpenApiDocument(new ObjectMapper(new YAMLFactory())
                    .readTree(Path.of("..", "docs", "central-catalog-api.yaml").toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode operation(String method, String pathTemplate) {
        JsonNode op = root.path("paths").path(pathTemplate).path(method.toLowerCase());
        if (op.isMissingNode()) {
            throw new AssertionError("the document has no operation " + method + " " + pathTemplate);
        }
        return op;
    }

    int operationCount() {
        int n = 0;
        for (JsonNode path : root.path("paths")) {
            for (Iterator<String> it = path.fieldNames(); it.hasNext(); ) {
                if (List.of("get", "post", "put", "delete", "patch").contains(it.next())) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Problems of this answer; empty when it is one the document allows. */
    List<String> violations(String method, String pathTemplate, int status, JsonNode body) {
        JsonNode response = operation(method, pathTemplate).path("responses").path(Integer.toString(status));
        List<String> out = new ArrayList<>();
        if (response.isMissingNode()) {
            out.add(method + " " + pathTemplate + " does not list status " + status);
            return out;
        }
        JsonNode schema = resolve(response).path("content").path("application/json").path("schema");
        if (!schema.isMissingNode()) {
            check(schema, body, "$", out);
        }
        return out;
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            JsonNode target = root;
            for (String part : node.get("$ref").asText().substring(2).split("/")) {
                target = target.path(part);
            }
            node = target;
        }
        return node;
    }

    private void check(JsonNode schemaRef, JsonNode v, String at, List<String> out) {
        JsonNode s = resolve(schemaRef);
        if (v == null || v.isMissingNode()) {
            out.add(at + ": no body");
            return;
        }
        if (s.has("enum")) {
            boolean found = false;
            for (JsonNode e : s.get("enum")) {
                found |= e.asText().equals(v.asText()) && v.isValueNode();
            }
            if (!found) {
                out.add(at + ": " + v + " is not in " + s.get("enum"));
            }
        }
        String type = s.path("type").asText("");
        switch (type) {
            case "object" -> object(s, v, at, out);
            case "array" -> {
                if (!v.isArray()) {
                    out.add(at + ": not an array");
                    return;
                }
                if (s.has("maxItems") && v.size() > s.get("maxItems").asInt()) {
                    out.add(at + ": more than " + s.get("maxItems") + " items");
                }
                for (int i = 0; i < v.size(); i++) {
                    check(s.path("items"), v.get(i), at + "[" + i + "]", out);
                }
            }
            case "string" -> string(s, v, at, out);
            case "integer" -> number(s, v, at, out, v.isIntegralNumber());
            case "number" -> number(s, v, at, out, v.isNumber());
            case "boolean" -> {
                if (!v.isBoolean()) {
                    out.add(at + ": not a boolean");
                }
            }
            default -> {
                if (!s.has("properties")) {
                    return;
                }
                object(s, v, at, out);
            }
        }
    }

    private void object(JsonNode s, JsonNode v, String at, List<String> out) {
        if (!v.isObject()) {
            out.add(at + ": not an object");
            return;
        }
        for (JsonNode r : s.path("required")) {
            if (!v.has(r.asText()) || v.get(r.asText()).isNull()) {
                out.add(at + ": required " + r.asText() + " missing");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode p = s.path("properties").path(f.getKey());
            if (!p.isMissingNode()) {
                check(p, f.getValue(), at + "." + f.getKey(), out);
            } else if (s.has("additionalProperties") && s.get("additionalProperties").isObject()) {
                check(s.get("additionalProperties"), f.getValue(), at + "." + f.getKey(), out);
            }
        }
    }

    private static void string(JsonNode s, JsonNode v, String at, List<String> out) {
        if (!v.isTextual()) {
            out.add(at + ": not a string: " + v);
            return;
        }
        String t = v.textValue();
        if (s.has("minLength") && t.length() < s.get("minLength").asInt()) {
            out.add(at + ": shorter than " + s.get("minLength"));
        }
        if (s.has("maxLength") && t.length() > s.get("maxLength").asInt()) {
            out.add(at + ": longer than " + s.get("maxLength"));
        }
        if (s.has("pattern") && !Pattern.compile(s.get("pattern").asText()).matcher(t).find()) {
            out.add(at + ": '" + t + "' does not match " + s.get("pattern").asText());
        }
        String format = s.path("format").asText("");
        try {
            switch (format) {
                case "uuid" -> {
                    if (!UUID_TEXT.matcher(t).matches()) {
                        out.add(at + ": not a lower-case UUID: " + t);
                    }
                }
                case "date" -> LocalDate.parse(t);
                case "date-time" -> {
                    if (!DATE_TIME.matcher(t).matches()) {
                        out.add(at + ": not a date-time with seconds: " + t);
                    }
                    OffsetDateTime.parse(t);
                }
                default -> {
                }
            }
        } catch (RuntimeException e) {
            out.add(at + ": not a " + format + ": " + t);
        }
    }

    private static void number(JsonNode s, JsonNode v, String at, List<String> out, boolean typeOk) {
        if (!typeOk) {
            out.add(at + ": not a " + s.path("type").asText() + ": " + v);
            return;
        }
        if (s.has("minimum") && v.doubleValue() < s.get("minimum").asDouble()) {
            out.add(at + ": below " + s.get("minimum"));
        }
        if (s.has("maximum") && v.doubleValue() > s.get("maximum").asDouble()) {
            out.add(at + ": above " + s.get("maximum"));
        }
    }
}
