package io.tresor.systemtest.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tresor.systemtest.support.Api;
import io.tresor.systemtest.support.TresorServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Scopes denied by default: what an operation does not declare, no token may do. */
class ScopeIT {

    private final TresorServer server = TresorServer.get();
    private final Api api = server.api();
    private final String clientId = server.credential("demo.manufacturer.integrator.client_id");
    private final String secret = server.credential("demo.manufacturer.integrator.client_secret");

    @Test
    void whatNoResourceMethodDeclaresIsRefusedEvenToATokenWithEveryScope() {
        String everyScope = api.token(clientId, secret);
        // Jersey answers OPTIONS by itself, outside any resource method of ours.
        assertProblem(api.send(api.request("/api/v1/assets").header("Authorization", "Bearer " + everyScope)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build()), 403, "scope.missing");
        assertEquals(404, api.get("/api/v1/application.wadl", everyScope).statusCode(), "no WADL beside /openapi");
    }

    @Test
    void aTokenWithoutTheDeclaredScopeIsRefusedAndOneForAnyScopeIsNot() {
        String tenantsOnly = api.token(clientId, secret, "tenants:read");
        assertProblem(api.get("/api/v1/assets", tenantsOnly), 403, "scope.missing");
        assertProblem(api.get("/api/v1/audit/verify", tenantsOnly), 403, "scope.missing");
        assertEquals(200, api.get("/api/v1/tenants", tenantsOnly).statusCode());
        assertEquals(200, api.get("/api/v1/me", tenantsOnly).statusCode(), "/me declares that any token may ask");
    }

    @Test
    void refusedTokensAreProblemsWithAStableCode() {
        assertProblem(api.get("/api/v1/assets"), 401, "token.missing");
        assertProblem(api.get("/api/v1/assets", "not-a-token"), 401, "token.invalid");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", Api.mediaType(response));
        assertEquals(code, Api.json(response).getString("code"), response.body());
    }
}
