package io.tresor.web.rest;

import io.tresor.application.shared.Refused;
import io.tresor.web.security.Problems;
import jakarta.ws.rs.core.Response;

/** problem+json responses for the JAX-RS side (the security mechanism writes its own before JAX-RS runs). */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(int status, String title, String detail) {
        return Response.status(status).type(Problems.MEDIA_TYPE)
                .entity(Problems.body(status, title, detail).build().toString()).build();
    }

    /** A service's refusal, as {@link Problems#body(Refused)} maps it. */
    public static Response of(Refused refused) {
        return Response.status(Problems.status(refused.kind())).type(Problems.MEDIA_TYPE)
                .entity(Problems.body(refused).build().toString()).build();
    }

    /** With the stable machine-readable {@code code} of the refusal as an extension member. */
    public static Response withCode(int status, String title, String detail, String code) {
        return Response.status(status).type(Problems.MEDIA_TYPE)
                .entity(Problems.body(status, title, detail).add("code", code).build().toString()).build();
    }
}
