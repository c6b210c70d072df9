package io.tresor.web.security;

import io.tresor.application.shared.Refused;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * RFC 9457 problem documents, and the REST channel's one mapping of a service's {@link Refused}
 * to one: the status from its kind, its message as the detail, its stable code as the {@code code}
 * extension member. Written straight to a servlet response before JAX-RS runs, or as the body of
 * a JAX-RS response ({@code ProblemResponses}).
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static JsonObjectBuilder body(int status, String title, String detail) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("type", "about:blank").add("title", title).add("status", status);
        if (detail != null) {
            b.add("detail", detail);
        }
        return b;
    }

    /** The HTTP status of a refusal of this kind. */
    public static int status(Refused.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case UNAUTHENTICATED -> 401;
            case THROTTLED -> 429;
            case UNAVAILABLE -> 503;
        };
    }

    /** A refusal's problem: status from its kind, its message, its code. */
    public static JsonObjectBuilder body(Refused refused) {
        int status = status(refused.kind());
        return body(status, Response.Status.fromStatusCode(status).getReasonPhrase(), refused.getMessage())
                .add("code", refused.code());
    }

    public static void write(HttpServletResponse response, Refused refused) throws IOException {
        write(response, body(refused));
    }

    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        write(response, body(status, title, detail));
    }

    /** With the stable machine-readable {@code code} of the refusal as an extension member. */
    public static void write(HttpServletResponse response, int status, String title, String detail, String code)
            throws IOException {
        write(response, body(status, title, detail).add("code", code));
    }

    private static void write(HttpServletResponse response, JsonObjectBuilder builder) throws IOException {
        JsonObject problem = builder.build();
        response.setStatus(problem.getInt("status"));
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(problem.toString());
    }
}
