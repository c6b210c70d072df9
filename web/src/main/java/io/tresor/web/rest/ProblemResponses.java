package io.tresor.web.rest;

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
}
