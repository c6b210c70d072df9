package io.tresor.web.rest;

import io.tresor.application.asset.InstalledBaseException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Refusals of the installed-base services as problems: 404, 409 or 400, with the stable code as an extension member. */
@Provider
public class InstalledBaseProblems implements ExceptionMapper<InstalledBaseException> {

    @Override
    public Response toResponse(InstalledBaseException e) {
        int status = switch (e.kind()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case INVALID -> 400;
        };
        return ProblemResponses.withCode(status, Response.Status.fromStatusCode(status).getReasonPhrase(), e.getMessage(),
                e.code());
    }
}
