package io.tresor.web.rest;

import io.tresor.application.shared.Refused;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every refusal of the services as a problem (status from its kind, the stable code as an extension member). */
@Provider
public class RefusalProblems implements ExceptionMapper<Refused> {

    @Override
    public Response toResponse(Refused e) {
        return ProblemResponses.of(e);
    }
}
