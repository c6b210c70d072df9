package io.tresor.systemtest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.tresor.systemtest.support.Api;
import io.tresor.systemtest.support.TresorServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code /openapi} is a contract integrators can generate clients from: it parses without a
 * message, names the API, its one HTTPS server and its OAuth2 scheme, gives every operation a
 * unique id and its scope, and the application's real answers match its schemas.
 */
class OpenApiIT {

    private static final Set<String> WITHOUT_BEARER = Set.of("/api/v1/oauth/token", "/api/v1/devices/{id}/enroll",
            "/api/v1/devices/{id}/renew");

    private final TresorServer server = TresorServer.get();
    private final Api api = server.api();
    private final String manufacturer = api.token(server.credential("demo.manufacturer.integrator.client_id"),
            server.credential("demo.manufacturer.integrator.client_secret"));

    private String document() {
        HttpResponse<String> response = api.send(api.request("/openapi").header("Accept", "application/json").GET().build());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private OpenAPI parsed(String text) {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, null);
        assertEquals(List.of(), result.getMessages(), "the parser reports neither errors nor warnings");
        return result.getOpenAPI();
    }

    @Test
    void theDocumentParsesWithoutMessagesInBothFormats() {
        parsed(document());
        parsed(api.get("/openapi").body());
    }

    @Test
    void itNamesTheApiItsHttpsServerAndTheOAuth2Scheme() {
        OpenAPI openApi = parsed(document());
        assertEquals("Tresor API", openApi.getInfo().getTitle());
        assertEquals("1.0.0", openApi.getInfo().getVersion());
        String base = server.baseUrl().toString();
        assertEquals(List.of(base), openApi.getServers().stream().map(s -> s.getUrl()).toList(), "only the public HTTPS URL");
        SecurityScheme oauth2 = openApi.getComponents().getSecuritySchemes().get("oauth2");
        assertEquals(SecurityScheme.Type.OAUTH2, oauth2.getType());
        assertEquals(base + "/api/v1/oauth/token", oauth2.getFlows().getClientCredentials().getTokenUrl());
        assertEquals(Set.of("assets:read", "assets:write", "devices:read", "devices:write", "telemetry:read",
                "telemetry:write", "firmware:read", "firmware:write", "consent:read", "consent:write", "privacy:read",
                "privacy:write", "audit:read", "tenants:read"), oauth2.getFlows().getClientCredentials().getScopes().keySet());
    }

    @Test
    void everyOperationHasAUniqueIdAndEveryApiOperationItsScope() {
        OpenAPI openApi = parsed(document());
        Set<String> ids = new HashSet<>();
        Set<String> withoutScope = new TreeSet<>();
        for (Map.Entry<String, PathItem> path : openApi.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                String where = entry.getKey() + " " + path.getKey();
                assertNotNull(operation.getOperationId(), where);
                assertTrue(ids.add(operation.getOperationId()), "unique operationId " + operation.getOperationId());
                if (!path.getKey().startsWith("/api/v1/") || WITHOUT_BEARER.contains(path.getKey())) {
                    continue;
                }
                boolean scoped = operation.getSecurity() != null && operation.getSecurity().stream()
                        .anyMatch(r -> r.containsKey("oauth2") && !r.get("oauth2").isEmpty());
                if (!scoped) {
                    withoutScope.add(where);
                }
                assertTrue(operation.getResponses().containsKey("403"), where + " documents its 403");
            }
        }
        assertEquals(Set.of("GET /api/v1/me"), withoutScope, "only /me is for any token");
        assertTrue(ids.size() >= 40, "operations: " + ids.size());
    }

    @Test
    void realAnswersMatchThePublishedSchemas() {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(document()).build();
        String asset = Api.json(api.get("/api/v1/assets?limit=1", manufacturer)).getJsonArray("items").getJsonObject(0)
                .getString("id");
        String device = Api.json(api.get("/api/v1/devices?limit=1", manufacturer)).getJsonArray("items").getJsonObject(0)
                .getString("id");
        List<String> paths = List.of("/api/v1/assets?limit=5", "/api/v1/assets/" + asset, "/api/v1/devices?limit=5",
                "/api/v1/devices/" + device, "/api/v1/assets/" + UUID.randomUUID(), "/api/v1/asset-types", "/api/v1/sites",
                "/api/v1/tenants", "/api/v1/me", "/api/v1/audit/events?limit=5", "/api/v1/audit/verify",
                "/api/v1/enrollment-groups");
        for (String path : paths) {
            assertValid(validator, Request.Method.GET, path, api.get(path, manufacturer));
        }
        String devicesOnly = api.token(server.credential("demo.manufacturer.integrator.client_id"),
                server.credential("demo.manufacturer.integrator.client_secret"), "devices:read");
        HttpResponse<String> scopeMissing = api.get("/api/v1/assets", devicesOnly);
        assertEquals(403, scopeMissing.statusCode());
        assertValid(validator, Request.Method.GET, "/api/v1/assets", scopeMissing);
        HttpResponse<String> fieldMissing = api.send(api.request("/api/v1/assets")
                .header("Authorization", "Bearer " + manufacturer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"tenantId\":\"x\"}")).build());
        assertEquals(400, fieldMissing.statusCode());
        assertEquals("body.fieldMissing", Api.json(fieldMissing).getString("code"));
        assertValid(validator, Request.Method.POST, "/api/v1/assets", fieldMissing);
    }

    private static void assertValid(OpenApiInteractionValidator validator, Request.Method method, String pathAndQuery,
                                    HttpResponse<String> response) {
        String path = pathAndQuery.replaceFirst("\\?.*", "");
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().firstValue("Content-Type").ifPresent(answer::withContentType);
        ValidationReport report = validator.validateResponse(path, method, answer.build());
        assertFalse(report.hasErrors(), method + " " + pathAndQuery + " (" + response.statusCode() + "): "
                + report.getMessages() + "\n" + response.body());
    }
}
