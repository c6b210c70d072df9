package io.tresor.systemtest.identity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.tresor.systemtest.support.Api;
import io.tresor.systemtest.support.TresorServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tokens the server did not sign, or signed for something else, never get past authentication.
 * The forgeries carry the claims of a genuine token, so only the forged part can be the reason
 * for a refusal.
 */
class ForgedTokenIT {

    private static final String ME = "/api/v1/me";

    private final TresorServer server = TresorServer.get();
    private final Api api = server.api();
    private final String genuine = api.token(server.credential("demo.customer.integrator.client_id"),
            server.credential("demo.customer.integrator.client_secret"));
    private final CompactJwt genuineParts = CompactJwt.parse(genuine);
    private final String publishedKid = genuineParts.header().getString("kid");
    private final EllipticCurveJsonWebKey foreignKey = newKey("k-forger");

    @Test
    void genuineTokenWhoseClaimsTheForgeriesCopyIsAccepted() {
        HttpResponse<String> response = api.get(ME, genuine);
        assertEquals(200, response.statusCode(), response::body);
    }

    @Test
    void requestWithoutTokenIsRefused() {
        assertRefused(api.get(ME));
    }

    @Test
    void garbageTokenIsRefused() {
        assertAll(
                () -> assertRefused("garbage"),
                () -> assertRefused("a.b.c"),
                () -> assertRefused(genuineParts.headerPart() + "." + genuineParts.payloadPart() + ".AAAA"));
    }

    @Test
    void unsignedTokenWithAlgNoneIsRefused() {
        for (String none : new String[] {"none", "None", "NONE"}) {
            String header = "{\"alg\":\"" + none + "\",\"typ\":\"at+jwt\",\"kid\":\"" + publishedKid + "\"}";
            assertRefused(CompactJwt.encode(header) + "." + genuineParts.payloadPart() + ".");
        }
    }

    @Test
    void hs256TokenKeyedWithTheServersPublicKeyIsRefused() throws JoseException {
        PublicJsonWebKey published = (PublicJsonWebKey) publishedKeys().findJsonWebKey(publishedKid, null, null, null);
        byte[] der = published.getPublicKey().getEncoded();
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END PUBLIC KEY-----\n";
        String jwk = published.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);

        // The classic confusion: a verifier that lets the token pick HMAC uses the public key as the secret.
        assertAll(
                () -> assertRefused(sign(new HmacKey(der), AlgorithmIdentifiers.HMAC_SHA256, publishedKid, claims())),
                () -> assertRefused(sign(new HmacKey(pem.getBytes(StandardCharsets.US_ASCII)),
                        AlgorithmIdentifiers.HMAC_SHA256, publishedKid, claims())),
                () -> assertRefused(sign(new HmacKey(jwk.getBytes(StandardCharsets.UTF_8)),
                        AlgorithmIdentifiers.HMAC_SHA256, publishedKid, claims())));
    }

    @Test
    void tokenSignedWithAForeignKeyUnderThePublishedKidIsRefused() throws JoseException {
        assertRefused(signWithForeignKey(publishedKid, claims()));
    }

    @Test
    void tokenNamingAnUnknownKidIsRefused() throws JoseException {
        assertRefused(signWithForeignKey("k-unknown-to-tresor", claims()));
    }

    // Expiry and audience: only the server's private key could sign a token that is valid in
    // every other respect, and the suite has no access to it. These tokens name a key Tresor
    // does not have, so they fail at key lookup before any claim is read: they prove that such
    // tokens are refused, not that the expiry and audience checks work on their own.

    @Test
    void expiredTokenIsRefused() throws JoseException {
        JwtClaims claims = claims();
        long now = Instant.now().getEpochSecond();
        claims.setIssuedAt(NumericDate.fromSeconds(now - 3600));
        claims.setNotBefore(NumericDate.fromSeconds(now - 3600));
        claims.setExpirationTime(NumericDate.fromSeconds(now - 3000));

        assertRefused(signWithForeignKey("k-unknown-to-tresor", claims));
    }

    @Test
    void tokenForAnotherAudienceIsRefused() throws JoseException {
        JwtClaims claims = claims();
        claims.setAudience("another-api");

        assertRefused(signWithForeignKey("k-unknown-to-tresor", claims));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jku", "x5u"})
    void tokenPointingToTheForgersKeysIsRefusedWithoutFetchingThem(String header) throws IOException, JoseException {
        AtomicInteger fetches = new AtomicInteger();
        byte[] jwks = new JsonWebKeySet(foreignKey).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)
                .getBytes(StandardCharsets.UTF_8);
        HttpServer forgersServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        forgersServer.createContext("/", exchange -> {
            fetches.incrementAndGet();
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jwks);
            }
        });
        forgersServer.start();
        try {
            JsonWebSignature jws = jws(foreignKey.getPrivateKey(), AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
                    foreignKey.getKeyId(), claims());
            jws.setHeader(header, "http://127.0.0.1:" + forgersServer.getAddress().getPort() + "/keys");

            assertRefused(jws.getCompactSerialization());
            assertEquals(0, fetches.get(), "Tresor fetched keys from the URL in the token");
        } finally {
            forgersServer.stop(0);
        }
    }

    @Test
    void tokenCarryingItsOwnVerificationKeyInTheJwkHeaderIsRefused() throws JoseException {
        JsonWebSignature jws = jws(foreignKey.getPrivateKey(), AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
                publishedKid, claims());
        jws.setJwkHeader(foreignKey);

        assertRefused(jws.getCompactSerialization());
    }

    private void assertRefused(String token) {
        assertRefused(api.get(ME, token));
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertEquals(401, response.statusCode(), response::body);
        assertEquals("application/problem+json", Api.mediaType(response));
        assertEquals(401, Api.json(response).getInt("status"));
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
                "WWW-Authenticate: " + response.headers().firstValue("WWW-Authenticate"));
    }

    /** A fresh copy of the genuine token's claims, to be changed by the test. */
    private JwtClaims claims() {
        try {
            return JwtClaims.parse(genuineParts.claimsJson());
        } catch (InvalidJwtException e) {
            throw new AssertionError("The genuine token's claims do not parse", e);
        }
    }

    private JsonWebKeySet publishedKeys() throws JoseException {
        return new JsonWebKeySet(api.get("/.well-known/jwks.json").body());
    }

    private String signWithForeignKey(String kid, JwtClaims claims) throws JoseException {
        return sign(foreignKey.getPrivateKey(), AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256, kid, claims);
    }

    private static String sign(Key key, String algorithm, String kid, JwtClaims claims) throws JoseException {
        return jws(key, algorithm, kid, claims).getCompactSerialization();
    }

    private static JsonWebSignature jws(Key key, String algorithm, String kid, JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(algorithm);
        jws.setHeader("typ", TokenIT.TOKEN_TYPE);
        jws.setKeyIdHeaderValue(kid);
        jws.setKey(key);
        // jose4j refuses weak HMAC keys by default; a forger has no such scruples.
        jws.setDoKeyValidation(false);
        return jws;
    }

    private static EllipticCurveJsonWebKey newKey(String kid) {
        try {
            EllipticCurveJsonWebKey key = EcJwkGenerator.generateJwk(EllipticCurves.P256);
            key.setKeyId(kid);
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot generate an EC key", e);
        }
    }
}
