package io.tresor.systemtest.identity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.systemtest.support.Api;
import io.tresor.systemtest.support.TresorServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

/** The client credentials grant and the tokens it issues, as an integrator uses them. */
class TokenIT {

    static final String AUDIENCE = "tresor-api";
    static final String TOKEN_TYPE = "at+jwt";
    private static final long MAX_LIFETIME_SECONDS = 15 * 60;

    /** The documented contract, written out rather than taken from the server's code, so a change shows up here. */
    private static final Set<String> CUSTOMER_SCOPES = Set.of("assets:read", "devices:read", "telemetry:read",
            "consent:read", "consent:write", "privacy:read", "privacy:write", "audit:read", "tenants:read");
    private static final Set<String> MANUFACTURER_SCOPES = Set.of("assets:read", "assets:write", "devices:read",
            "devices:write", "telemetry:read", "telemetry:write", "firmware:read", "firmware:write", "consent:read",
            "consent:write", "privacy:read", "privacy:write", "audit:read", "tenants:read");

    private final TresorServer server = TresorServer.get();
    private final Api api = server.api();
    private final String clientId = server.credential("demo.customer.integrator.client_id");
    private final String secret = server.credential("demo.customer.integrator.client_secret");

    @Test
    void clientAuthenticatedWithHttpBasicGetsABearerToken() {
        assertIssuedWithAllScopes(api.postForm(Api.TOKEN_PATH, Map.of("grant_type", "client_credentials"),
                clientId, secret));
    }

    @Test
    void clientAuthenticatedWithFormFieldsGetsABearerToken() {
        assertIssuedWithAllScopes(api.postForm(Api.TOKEN_PATH, Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", secret)));
    }

    @Test
    void tokenCarriesTheDocumentedHeaderAndClaims() {
        // Whole seconds, as in the token; same machine, so only rounding separates the clocks.
        long before = Instant.now().getEpochSecond() - 1;
        JsonObject issued = Api.json(api.postForm(Api.TOKEN_PATH, Map.of("grant_type", "client_credentials"),
                clientId, secret));
        long after = Instant.now().getEpochSecond() + 1;
        CompactJwt jwt = CompactJwt.parse(issued.getString("access_token"));
        JsonObject header = jwt.header();
        JsonObject claims = jwt.claims();
        long iat = claims.getJsonNumber("iat").longValue();

        assertAll(
                () -> assertEquals("ES256", header.getString("alg")),
                () -> assertEquals(TOKEN_TYPE, header.getString("typ")),
                () -> assertFalse(header.getString("kid", "").isBlank(), "kid"),
                () -> assertEquals(server.baseUrl().toString(), claims.getString("iss")),
                () -> assertEquals(AUDIENCE, claims.getString("aud")),
                () -> assertEquals(clientId, claims.getString("sub")),
                () -> assertEquals(clientId, claims.getString("client_id")),
                () -> assertFalse(claims.getString("tenant", "").isBlank(), "tenant"),
                () -> assertEquals(CUSTOMER_SCOPES, scopes(claims.getString("scope"))),
                () -> assertTrue(iat >= before && iat <= after, "iat " + iat + " not between " + before + " and " + after),
                () -> assertEquals(iat, claims.getJsonNumber("nbf").longValue(), "nbf"),
                () -> assertEquals(iat + issued.getInt("expires_in"), claims.getJsonNumber("exp").longValue(), "exp"),
                () -> assertFalse(claims.getString("jti", "").isBlank(), "jti"));
    }

    @Test
    void everyTokenGetsItsOwnId() {
        String first = CompactJwt.parse(api.token(clientId, secret)).claims().getString("jti");
        String second = CompactJwt.parse(api.token(clientId, secret)).claims().getString("jti");
        assertNotEquals(first, second);
    }

    @Test
    void tokenVerifiesAgainstThePublishedJwks() throws Exception {
        String token = api.token(clientId, secret);
        JsonWebKeySet jwks = new JsonWebKeySet(api.get("/.well-known/jwks.json").body());
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(jwks.getJsonWebKeys()))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                .setExpectedType(true, TOKEN_TYPE)
                .setExpectedIssuer(server.baseUrl().toString())
                .setExpectedAudience(AUDIENCE)
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireNotBefore()
                .setRequireJwtId()
                .build();

        JwtClaims claims = consumer.processToClaims(token);

        assertEquals(clientId, claims.getSubject());
    }

    @Test
    void jwksPublishesNoPrivateKeyMaterial() {
        HttpResponse<String> response = api.get("/.well-known/jwks.json");
        assertEquals(200, response.statusCode());
        var keys = Api.json(response).getJsonArray("keys");
        assertFalse(keys.isEmpty(), "no keys published");
        // "d" is the private scalar of an EC JWK.
        keys.getValuesAs(JsonObject.class).forEach(key -> assertAll(
                () -> assertEquals("EC", key.getString("kty")),
                () -> assertEquals("P-256", key.getString("crv")),
                () -> assertFalse(key.containsKey("d"), "private key published: " + key.getString("kid"))));
    }

    @Test
    void meNamesTheTokensClientTenantAndScopes() {
        String token = api.token(clientId, secret);

        HttpResponse<String> response = api.get("/api/v1/me", token);

        assertEquals(200, response.statusCode(), response::body);
        JsonObject me = Api.json(response);
        assertAll(
                () -> assertEquals(clientId, me.getString("clientId")),
                () -> assertEquals(CompactJwt.parse(token).claims().getString("tenant"), me.getString("tenantId")),
                () -> assertEquals(CUSTOMER_SCOPES, scopesOf(me)));
    }

    @Test
    void manufacturerClientBelongsToAnotherTenantAndHoldsEveryScope() {
        String customerTenant = Api.json(api.get("/api/v1/me", api.token(clientId, secret))).getString("tenantId");
        String manufacturerToken = api.token(server.credential("demo.manufacturer.integrator.client_id"),
                server.credential("demo.manufacturer.integrator.client_secret"));

        JsonObject me = Api.json(api.get("/api/v1/me", manufacturerToken));

        assertNotEquals(customerTenant, me.getString("tenantId"));
        assertEquals(MANUFACTURER_SCOPES, scopesOf(me));
    }

    @Test
    void wrongSecretIsRefusedAsInvalidClient() {
        HttpResponse<String> response = api.postForm(Api.TOKEN_PATH, Map.of("grant_type", "client_credentials"),
                clientId, secret + "x");

        assertOAuthError(response, 401, "invalid_client");
        // RFC 6749 section 5.2: a 401 to a client that used Basic names the scheme.
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void unknownClientIsRefusedExactlyLikeAWrongSecret() {
        HttpResponse<String> unknown = api.postForm(Api.TOKEN_PATH, Map.of("grant_type", "client_credentials"),
                "cl-000000000000000000000000", secret);
        HttpResponse<String> wrongSecret = api.postForm(Api.TOKEN_PATH, Map.of("grant_type", "client_credentials"),
                clientId, secret + "x");

        assertOAuthError(unknown, 401, "invalid_client");
        // Otherwise the answer would tell an attacker which client ids exist.
        assertEquals(wrongSecret.body(), unknown.body());
    }

    @Test
    void grantTypeOtherThanClientCredentialsIsRefused() {
        HttpResponse<String> response = api.postForm(Api.TOKEN_PATH,
                Map.of("grant_type", "password", "username", "admin@tresor.local", "password", "x"), clientId, secret);

        assertOAuthError(response, 400, "unsupported_grant_type");
    }

    @Test
    void scopeTheClientDoesNotHoldIsRefusedRatherThanDropped() {
        for (String scope : new String[] {"assets:write", "assets:read assets:write"}) {
            HttpResponse<String> response = api.postForm(Api.TOKEN_PATH,
                    Map.of("grant_type", "client_credentials", "scope", scope), clientId, secret);
            assertOAuthError(response, 400, "invalid_scope");
        }
    }

    @Test
    void narrowerScopeRequestGrantsExactlyThatScope() {
        HttpResponse<String> response = api.postForm(Api.TOKEN_PATH,
                Map.of("grant_type", "client_credentials", "scope", "assets:read"), clientId, secret);
        assertEquals(200, response.statusCode(), response::body);
        JsonObject issued = Api.json(response);
        String token = issued.getString("access_token");

        assertAll(
                () -> assertEquals("assets:read", issued.getString("scope")),
                () -> assertEquals("assets:read", CompactJwt.parse(token).claims().getString("scope")),
                () -> assertEquals(Set.of("assets:read"), scopesOf(Api.json(api.get("/api/v1/me", token)))));
    }

    private static void assertIssuedWithAllScopes(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        JsonObject body = Api.json(response);
        int expiresIn = body.getInt("expires_in");
        assertAll(
                () -> assertEquals("application/json", Api.mediaType(response)),
                // RFC 6749 section 5.1: responses with tokens must not be cached.
                () -> assertTrue(response.headers().allValues("Cache-Control").contains("no-store")),
                () -> assertEquals("Bearer", body.getString("token_type")),
                () -> assertEquals(3, body.getString("access_token").split("\\.").length, "compact JWS"),
                () -> assertTrue(expiresIn > 0 && expiresIn <= MAX_LIFETIME_SECONDS, "expires_in " + expiresIn),
                () -> assertEquals(CUSTOMER_SCOPES, scopes(body.getString("scope"))));
    }

    private static void assertOAuthError(HttpResponse<String> response, int status, String error) {
        assertEquals(status, response.statusCode(), response::body);
        assertEquals("application/problem+json", Api.mediaType(response));
        JsonObject body = Api.json(response);
        assertEquals(error, body.getString("error"));
        assertEquals(status, body.getInt("status"));
    }

    private static Set<String> scopes(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.split(" ")).collect(Collectors.toSet());
    }

    private static Set<String> scopesOf(JsonObject me) {
        return me.getJsonArray("scopes").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).collect(Collectors.toSet());
    }
}
