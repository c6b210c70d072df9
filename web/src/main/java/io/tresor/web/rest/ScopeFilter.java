package io.tresor.web.rest;

import io.tresor.web.security.ScopeRule;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Runs for every request the API answers, not only where an annotation asks for it: a resource
 * method admits a token by the {@link ScopeRule} (its declared scope, any token, or no token),
 * and a method that declares nothing is refused to everybody (403, {@code scope.missing}).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ScopeFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        ScopeRule.refusal(resourceInfo.getResourceMethod(), request.getSecurityContext().getUserPrincipal())
                .ifPresent(detail -> request.abortWith(ProblemResponses.withCode(403, "Forbidden", detail,
                        ScopeRule.SCOPE_MISSING)));
    }
}
