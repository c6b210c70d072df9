package io.tresor.web.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** RFC 9457 problem documents written straight to a servlet response (before JAX-RS runs). */
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
