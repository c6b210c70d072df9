package io.tresor.web.soap;

import io.tresor.application.identity.TresorPrincipal;
import jakarta.xml.ws.WebServiceContext;

/**
 * Scope checks for SOAP operations. The bearer token was verified by the authentication mechanism
 * before the request reached the endpoint; an operation names the scope it needs, as REST's
 * {@code @RequiresScope} does.
 */
public final class SoapAccess {

    private SoapAccess() {
    }

    /** The calling integrator client, if its token carries {@code scope}; otherwise a FORBIDDEN fault. */
    public static TresorPrincipal require(WebServiceContext context, String scope) throws SoapFault {
        if (context.getUserPrincipal() instanceof TresorPrincipal caller && caller.hasScope(scope)) {
            return caller;
        }
        throw SoapFault.of("FORBIDDEN", "scope.missing", "The token lacks the scope " + scope);
    }
}
