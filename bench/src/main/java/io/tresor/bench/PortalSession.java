package io.tresor.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A signed-in portal session over plain HTTP requests, as a browser keeps it: the session
 * cookie and the Faces view state of each form. Trusts exactly the certificate of the
 * benchmark's server, read from the keystore its launcher generated.
 */
final class PortalSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    PortalSession(int httpsPort, Path tresorHome) throws GeneralSecurityException, IOException {
        this.base = "https://localhost:" + httpsPort;
        char[] password = Files.readString(tresorHome.resolve("tls/keystore.password")).strip().toCharArray();
        KeyStore server = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(tresorHome.resolve("tls/server.p12"))) {
            server.load(in, password);
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("tresor", server.getCertificate("tresor"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        this.http = HttpClient.newBuilder().sslContext(tls).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Signs in a customer user with the initial password and replaces it, as the portal demands at first sign-in. */
    void firstSignIn(String email, String initialPassword, String newPassword) throws IOException, InterruptedException {
        HttpResponse<String> page = submit("/login.xhtml", "login", Map.of("login:email", email,
                "login:password", initialPassword, "login:submit", ""));
        if (!page.uri().getPath().endsWith("/login-password.xhtml")) {
            throw new IllegalStateException("Expected the password change after the first sign-in, got " + page.uri());
        }
        HttpResponse<String> after = submit(page, "change", Map.of("change:new", newPassword, "change:confirm", newPassword,
                "change:submit", ""));
        if (!after.uri().getPath().startsWith("/portal/")) {
            throw new IllegalStateException("Sign-in did not reach the portal: " + after.uri());
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> submit(String path, String form, Map<String, String> fields)
            throws IOException, InterruptedException {
        return submit(get(path), form, fields);
    }

    private HttpResponse<String> submit(HttpResponse<String> page, String form, Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher state = VIEW_STATE.matcher(page.body());
        if (!state.find()) {
            throw new IllegalStateException("No view state on " + page.uri());
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put(form, form);
        all.put("jakarta.faces.ViewState", state.group(1));
        String body = all.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(page.uri()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
