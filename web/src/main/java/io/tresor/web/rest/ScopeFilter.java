package io.tresor.web.rest;

import io.tresor.application.identity.TresorPrincipal;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;

/** Refuses (403) a token that lacks the scope its resource method names. */
@Provider
@RequiresScope
@Priority(Priorities.AUTHORIZATION)
public class ScopeFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        RequiresScope required = resourceInfo.getResourceMethod().getAnnotation(RequiresScope.class);
        if (required == null) {
            required = resourceInfo.getResourceClass().getAnnotation(RequiresScope.class);
        }
        Principal principal = request.getSecurityContext().getUserPrincipal();
        boolean granted = required != null && (required.value().isEmpty()
                || principal instanceof TresorPrincipal p && p.hasScope(required.value()));
        if (!granted) {
            request.abortWith(ProblemResponses.of(403, "Forbidden",
                    "The token lacks the scope " + (required == null ? "" : required.value())));
        }
    }
}
