package io.tresor.systemtest.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * HTTP to Tresor as an integrator sends it: HTTP/1.1, no redirects followed (tests look at
 * them), TLS pinned to the server's certificate. Thread-safe; one per server.
 */
public final class Api {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    public static final String TOKEN_PATH = "/api/v1/oauth/token";

    private final URI base;
    private final HttpClient http;

    Api(URI base, SSLContext tls) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .sslContext(tls)
                .build();
    }

    /**
     * A client of another Tresor than the suite's (a server a test starts for itself), trusting
     * exactly the certificate in that server's data directory.
     */
    public static Api pinnedTo(URI base, Path tresorHome) {
        return new Api(base, ServerCertificate.trustStore(tresorHome));
    }

    /** A path on the server, or an absolute URL (e.g. the plain HTTP port) taken as it is. */
    public URI uri(String pathOrUrl) {
        return pathOrUrl.contains("://") ? URI.create(pathOrUrl) : base.resolve(pathOrUrl);
    }

    public HttpRequest.Builder request(String pathOrUrl) {
        return HttpRequest.newBuilder(uri(pathOrUrl)).timeout(TIMEOUT);
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    /** For answers that are files, not text. */
    public HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    public HttpResponse<String> get(String pathOrUrl) {
        return send(request(pathOrUrl).GET().build());
    }

    public HttpResponse<String> get(String pathOrUrl, String bearerToken) {
        return send(request(pathOrUrl).header("Authorization", "Bearer " + bearerToken).GET().build());
    }

    /** A form POST, as the token endpoint wants it. */
    public HttpResponse<String> postForm(String pathOrUrl, Map<String, String> fields) {
        return send(formRequest(pathOrUrl, fields).build());
    }

    /** A form POST with HTTP Basic authentication (RFC 6749 prefers it for client secrets). */
    public HttpResponse<String> postForm(String pathOrUrl, Map<String, String> fields, String user, String password) {
        return send(formRequest(pathOrUrl, fields).header("Authorization", basic(user, password)).build());
    }

    /** An access token for the client; any answer but 200 fails the calling test. */
    public String token(String clientId, String clientSecret) {
        return token(clientId, clientSecret, Map.of("grant_type", "client_credentials"));
    }

    /** An access token limited to the given space-separated scopes. */
    public String token(String clientId, String clientSecret, String scope) {
        return token(clientId, clientSecret, Map.of("grant_type", "client_credentials", "scope", scope));
    }

    private String token(String clientId, String clientSecret, Map<String, String> form) {
        HttpResponse<String> response = postForm(TOKEN_PATH, form, clientId, clientSecret);
        if (response.statusCode() != 200) {
            throw new AssertionError("Token request for " + clientId + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return json(response).getString("access_token");
    }

    public static JsonObject json(HttpResponse<String> response) {
        return json(response.body());
    }

    public static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** The media type without parameters such as charset. */
    public static String mediaType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").map(t -> t.split(";")[0].strip()).orElse("");
    }

    public static String basic(String user, String password) {
        // RFC 6749 section 2.3.1: both parts are form-encoded before Basic encoding.
        String pair = formEncode(user) + ":" + formEncode(password);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder formRequest(String pathOrUrl, Map<String, String> fields) {
        String body = new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> formEncode(e.getKey()) + "=" + formEncode(e.getValue()))
                .collect(Collectors.joining("&"));
        return request(pathOrUrl).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static String formEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
