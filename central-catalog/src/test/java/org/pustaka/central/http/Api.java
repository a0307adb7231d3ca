package org.pustaka.central.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * A test client of the kiosk API over real HTTP: every answer is checked against the OpenAPI document
 * (status listed for the operation, body matching its schema, JSON content type) before the test sees it.
 */
final class Api {
    static final OpenApiDocument DOCUMENT = OpenApiDocument.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Api(String base) {
        this.base = base;
    }

    record Reply(int status, JsonNode body, HttpResponse<String> raw) {
        String code() {
            return body.path("code").asText();
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    /** Calls {@code method template} with the path parameters filled in order; {@code body} null for none. */
    Reply call(String method, String template, String token, String body, String... pathParams) throws Exception {
        return call(method, template, token, body, Map.of(), pathParams);
    }

    Reply call(String method, String template, String token, String body, Map<String, String> headers,
               String... pathParams) throws Exception {
        String path = template;
        for (String p : pathParams) {
            path = path.replaceFirst("\\{[^}]+}", URLEncoder.encode(p, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        String query = "";
        int q = path.indexOf('?');
        if (q >= 0) {
            query = path.substring(q);
            path = path.substring(0, q);
            template = template.substring(0, template.indexOf('?'));
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path + query)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode json = r.body().isEmpty() ? JSON.missingNode() : JSON.readTree(r.body());
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as("content type of %s %s", method, path)
                .startsWith("application/json");
        assertThat(DOCUMENT.violations(method, template, r.statusCode(), json))
                .as("%s %s answered %s %s", method, path, r.statusCode(), r.body()).isEmpty();
        return new Reply(r.statusCode(), json, r);
    }
}
