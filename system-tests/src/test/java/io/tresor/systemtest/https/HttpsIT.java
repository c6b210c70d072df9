package io.tresor.systemtest.https;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.tresor.systemtest.https.OpenSslClient.Handshake;
import io.tresor.systemtest.support.Api;
import io.tresor.systemtest.support.TresorServer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HTTPS as configured for Payara Micro by the launcher and the application's own filter. */
class HttpsIT {

    private static final Pattern AES_GCM_WITH_ECDHE = Pattern.compile("ECDHE-(ECDSA|RSA)-AES(128|256)-GCM-SHA(256|384)");
    /** Payara's version scheme (6.2025.10), as it would appear in a banner or an error page. */
    private static final Pattern PAYARA_VERSION = Pattern.compile("\\b\\d+\\.20\\d\\d\\b");
    private static final long ONE_YEAR_SECONDS = 31_536_000;

    private final TresorServer server = TresorServer.get();
    private final Api api = server.api();

    @Test
    void tls12HandshakeSucceedsWithAnEcdheAesGcmSuite() {
        Handshake handshake = OpenSslClient.handshake(TresorServer.httpsPort(), "-tls1_2");

        assertTrue(handshake.established(), handshake::transcript);
        assertEquals("TLSv1.2", handshake.protocol());
        assertTrue(AES_GCM_WITH_ECDHE.matcher(handshake.cipher()).matches(), handshake.cipher());
    }

    @Test
    void tls13HandshakeSucceeds() {
        Handshake handshake = OpenSslClient.handshake(TresorServer.httpsPort(), "-tls1_3");

        assertTrue(handshake.established(), handshake::transcript);
        assertEquals("TLSv1.3", handshake.protocol());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ECDHE-ECDSA-AES128-SHA256", "ECDHE-ECDSA-AES256-SHA384", "ECDHE-ECDSA-AES128-SHA",
            "ECDHE-ECDSA-CHACHA20-POLY1305"})
    void tls12SuiteOtherThanEcdheWithAesGcmIsRefused(String suite) {
        // SECLEVEL=0 lets this OpenSSL offer old suites at all, so the refusal is the server's.
        Handshake handshake = OpenSslClient.handshake(TresorServer.httpsPort(), "-tls1_2", "-cipher", suite + ":@SECLEVEL=0");

        assumeFalse(handshake.clientCouldNotOffer(), "this openssl cannot offer " + suite);
        assertFalse(handshake.established(), handshake::transcript);
    }

    @Test
    void tls13SuiteOutsideTheConfiguredListIsRefused() {
        Handshake handshake = OpenSslClient.handshake(TresorServer.httpsPort(), "-tls1_3", "-ciphersuites",
                "TLS_CHACHA20_POLY1305_SHA256");

        assumeFalse(handshake.clientCouldNotOffer(), "this openssl cannot offer TLS_CHACHA20_POLY1305_SHA256");
        assertFalse(handshake.established(), handshake::transcript);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-tls1_1", "-tls1"})
    void legacyTlsVersionIsRefused(String version) {
        Handshake handshake = OpenSslClient.handshake(TresorServer.httpsPort(), version, "-cipher", "DEFAULT:@SECLEVEL=0");

        // Modern OpenSSL builds may not speak these versions at all; then the server was never asked.
        assumeFalse(handshake.clientCouldNotOffer(), "this openssl cannot offer " + version);
        assertFalse(handshake.established(), handshake::transcript);
    }

    @Test
    void plainHttpIsRedirectedToTheSamePathOverHttps() {
        HttpResponse<String> response = api.get("http://localhost:" + TresorServer.httpPort() + "/api/v1/me?x=1");

        assertEquals(302, response.statusCode());
        assertEquals("https://localhost:" + TresorServer.httpsPort() + "/api/v1/me?x=1",
                response.headers().firstValue("Location").orElse(""));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/.well-known/jwks.json", "/api/v1/me", "/no-such-page"})
    void responsesNameNoServerSoftware(String path) {
        HttpResponse<String> response = api.get(path);

        assertAll(
                () -> assertEquals(List.of(), response.headers().allValues("Server"), "Server"),
                () -> assertEquals(List.of(), response.headers().allValues("X-Powered-By"), "X-Powered-By"),
                () -> assertNoProductOrVersion(response.body()));
    }

    @Test
    void traceIsNotAllowed() {
        HttpResponse<String> response = api.send(api.request("/").method("TRACE", HttpRequest.BodyPublishers.noBody()).build());

        assertEquals(405, response.statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/.well-known/jwks.json", "/health/ready"})
    void securityHeadersAreSetOnPublicResponses(String path) {
        assertSecurityHeaders(api.get(path));
    }

    @Test
    void securityHeadersAreSetOnARefusedApiCall() {
        HttpResponse<String> response = api.get("/api/v1/me");

        assertEquals(401, response.statusCode());
        assertSecurityHeaders(response);
    }

    @Test
    void portalPageHasAStrictNonceBasedPolicyAndAHardenedSessionCookie() {
        HttpResponse<String> page = api.get("/login.xhtml");

        assertEquals(200, page.statusCode());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        Matcher scripts = Pattern.compile("script-src ([^;]*)").matcher(policy);
        assertTrue(scripts.find(), policy);
        assertTrue(scripts.group(1).contains("'nonce-"), policy);
        assertFalse(scripts.group(1).contains("unsafe"), "no unsafe-inline or unsafe-eval for scripts: " + policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertEquals(1, page.headers().allValues("Content-Security-Policy").size(), "one policy, not two");

        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("TRESORSESSION=")).findFirst().orElseThrow();
        String attributes = cookie.toLowerCase(Locale.ROOT);
        assertTrue(attributes.contains("; secure"), cookie);
        assertTrue(attributes.contains("; httponly"), cookie);
        assertTrue(attributes.contains("samesite=strict"), cookie);
        assertFalse(page.body().contains("jsessionid") || page.body().contains("TRESORSESSION"),
                "the session id never appears in URLs");
    }

    @Test
    void readinessIsUpAndIncludesTheDatabase() {
        HttpResponse<String> response = api.get("/health/ready");

        assertEquals(200, response.statusCode(), response::body);
        JsonObject health = Api.json(response);
        assertEquals("UP", health.getString("status"));
        assertTrue(health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .anyMatch(check -> "database".equals(check.getString("name")) && "UP".equals(check.getString("status"))),
                response::body);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/health", "/health/ready", "/health/live", "/metrics"})
    void publicOperationsEndpointsRevealNoProductOrVersion(String path) {
        HttpResponse<String> response = api.get(path);

        assertEquals(200, response.statusCode());
        assertNoProductOrVersion(response.body());
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        var headers = response.headers();
        String hsts = headers.firstValue("Strict-Transport-Security").orElse("");
        Matcher maxAge = Pattern.compile("max-age=(\\d+)").matcher(hsts);
        assertAll(
                () -> assertTrue(maxAge.find() && Long.parseLong(maxAge.group(1)) >= ONE_YEAR_SECONDS,
                        "Strict-Transport-Security: " + hsts),
                () -> assertTrue(headers.allValues("Content-Security-Policy").stream()
                        .anyMatch(csp -> csp.contains("frame-ancestors 'none'")),
                        "Content-Security-Policy: " + headers.allValues("Content-Security-Policy")),
                () -> assertEquals(List.of("nosniff"), headers.allValues("X-Content-Type-Options"), "X-Content-Type-Options"),
                // Two different values (e.g. a container's SAMEORIGIN next to DENY) leave browsers to pick one.
                () -> assertEquals(List.of("DENY"), headers.allValues("X-Frame-Options"), "X-Frame-Options"),
                () -> assertTrue(Set.of("no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin")
                        .contains(headers.firstValue("Referrer-Policy").orElse("")),
                        "Referrer-Policy: " + headers.firstValue("Referrer-Policy")));
    }

    private static void assertNoProductOrVersion(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        assertAll(
                () -> assertFalse(lower.contains("payara"), "names Payara"),
                () -> assertFalse(lower.contains("glassfish"), "names GlassFish"),
                () -> assertFalse(PAYARA_VERSION.matcher(body).find(), "contains a version like 6.2025"));
    }
}
