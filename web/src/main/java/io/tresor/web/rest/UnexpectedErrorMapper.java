package io.tresor.web.rest;

import io.tresor.web.security.Problems;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error leaves the API as problem+json. Unexpected ones are logged with an incident id
 * that the response repeats, so support can find the log line without exposing a stack trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof WebApplicationException web) {
            Response r = web.getResponse();
            if (r.hasEntity() && Problems.MEDIA_TYPE.equals(String.valueOf(r.getMediaType()))) {
                return r;
            }
            return ProblemResponses.of(r.getStatus(), r.getStatusInfo().getReasonPhrase(), null);
        }
        if (error instanceof jakarta.ejb.EJBAccessException) {
            return ProblemResponses.withCode(403, "Forbidden", "Not allowed for this caller", "access.denied");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, error);
        return ProblemResponses.withCode(500, "Internal Server Error", "Incident " + incident, "internal");
    }
}
