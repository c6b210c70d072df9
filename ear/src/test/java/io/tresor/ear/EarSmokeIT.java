package io.tresor.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against tresor.ear on the full Payara Server that the build started on https://localhost:8181. */
class EarSmokeIT {

    private static final String BASE = "https://localhost:8181";
    private static HttpClient http;
    private static Properties credentials;

    @BeforeAll
    static void connect() throws Exception {
        http = HttpClient.newBuilder().sslContext(trustingOnly(Path.of(System.getProperty("tresor.server-certificate"))))
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(20)).build();
        credentials = new Properties();
        try (var in = Files.newBufferedReader(Path.of(System.getProperty("tresor.home"), "initial-credentials.txt"))) {
            credentials.load(in);
        }
    }

    /**
     * TLS that trusts exactly the certificate the server presents (the domain's own, exported by
     * payara-server.sh), so the suite fails rather than talk to any other server on the port.
     */
    private static SSLContext trustingOnly(Path pem) throws IOException, GeneralSecurityException {
        Certificate certificate;
        try (InputStream in = Files.newInputStream(pem)) {
            certificate = CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("payara-server", certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, factory.getTrustManagers(), null);
        return tls;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theMasterKeystorePasswordComesFromAPayaraPasswordAlias() throws Exception {
        Path home = Path.of(System.getProperty("tresor.home"));
        assertFalse(Files.exists(home.resolve("keys/master.password")), "no password was generated next to the keystore");
        Properties alias = new Properties();
        try (var in = Files.newBufferedReader(Path.of(home + ".alias"))) {
            alias.load(in);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(home.resolve("keys/master.p12"))) {
            store.load(in, alias.getProperty("AS_ADMIN_ALIASPASSWORD").toCharArray());
        }
        assertTrue(store.containsAlias("tresor-master"), "the keystore opens with the alias's password");
    }

    @Test
    void loginPageIsServed() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(BASE + "/login.xhtml")));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("login:email"), "the login form is rendered");
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("nonce-"));
    }

    @Test
    void readinessIncludesTheDatabase() throws Exception {
        HttpResponse<String> health = send(HttpRequest.newBuilder(URI.create(BASE + "/health/ready")));
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"database\""), health.body());
    }

    /** A token of the customer's demo integrator (scopes of a customer, among them assets:read). */
    private static String customerToken() throws IOException, InterruptedException {
        String clientId = credentials.getProperty("demo.customer.integrator.client_id");
        String secret = credentials.getProperty("demo.customer.integrator.client_secret");
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/oauth/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        assertEquals(200, token.statusCode(), token.body());
        return json(token.body()).getString("access_token");
    }

    @Test
    void integratorTokenReachesMe() throws Exception {
        String clientId = credentials.getProperty("demo.customer.integrator.client_id");
        String accessToken = customerToken();

        HttpResponse<String> me = send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/me"))
                .header("Authorization", "Bearer " + accessToken));
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(clientId, json(me.body()).getString("clientId"));
        assertTrue(json(me.body()).getJsonArray("scopes").toString().contains("consent:write"));
    }

    @Test
    void soapIsServedByTheServersMetroWithAPublicWsdl() throws Exception {
        HttpResponse<String> wsdl = send(HttpRequest.newBuilder(URI.create(BASE + "/soap/AssetService?wsdl")));
        assertEquals(200, wsdl.statusCode());
        assertTrue(wsdl.body().contains("<service name=\"AssetService\">"), wsdl.body());
        assertFalse(wsdl.body().contains("<!--"), "no runtime name or version: " + wsdl.body());

        String list = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>"
                + "<a:listAssets xmlns:a=\"urn:tresor:soap:asset:1\"><limit>2</limit></a:listAssets></S:Body></S:Envelope>";
        assertEquals(401, soap(null, list).statusCode(), "no token, no answer");
        HttpResponse<String> page = soap(customerToken(), list);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("<asset><id>") && page.body().contains("<total>"), page.body());
    }

    @Test
    void soapRefusesADoctypeOnTheFullServerToo() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>"
                + "<a:getAsset xmlns:a=\"urn:tresor:soap:asset:1\"><id>&xxe;</id></a:getAsset></S:Body></S:Envelope>";
        HttpResponse<String> refused = soap(customerToken(), xxe);
        assertEquals(400, refused.statusCode(), refused.body());
        assertFalse(refused.body().contains("root:"), refused.body());
    }

    @Test
    void theEarShipsNoSoapRuntimeOfItsOwn() throws IOException {
        List<String> shipped = new ArrayList<>();
        try (ZipInputStream ear = new ZipInputStream(Files.newInputStream(Path.of("target/tresor.ear")))) {
            for (ZipEntry entry = ear.getNextEntry(); entry != null; entry = ear.getNextEntry()) {
                shipped.add(entry.getName());
                if (entry.getName().endsWith(".war")) {
                    ZipInputStream war = new ZipInputStream(ear);
                    for (ZipEntry inner = war.getNextEntry(); inner != null; inner = war.getNextEntry()) {
                        shipped.add(entry.getName() + "!" + inner.getName());
                    }
                }
            }
        }
        assertTrue(shipped.contains("tresor-web.war!WEB-INF/sun-jaxws.xml"), "the web module is in the EAR");
        List<String> runtime = shipped.stream().filter(name -> name.matches(
                ".*/(jaxws-rt|saaj-impl|jaxb-impl|jaxb-core|woodstox-core|stax2-api|streambuffer|stax-ex|FastInfoset"
                        + "|mimepull|gmbal-api-only|ha-api|management-api|jakarta\\.xml\\.soap-api)-[^/]*\\.jar")).toList();
        assertTrue(runtime.isEmpty(), "Payara Server brings Metro; the EAR must not ship " + runtime);
    }

    private static HttpResponse<String> soap(String token, String xml) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + "/soap/AssetService"))
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(xml));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
