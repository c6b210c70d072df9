package io.tresor.web.soap;

import io.tresor.web.security.ScopeRule;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Optional;

/**
 * Scope checks for SOAP operations, made before the SOAP runtime sees a request: the bearer
 * token was verified by the authentication mechanism, {@link XmlGuard} found the operation the
 * request names, and the operation admits the caller by the same {@link ScopeRule} as REST
 * resource methods. An operation that declares no scope is refused to every token.
 */
public final class SoapAccess {

    private SoapAccess() {
    }

    /** The fault that refuses the call, or empty; {@code operation} is empty where the request names none of ours. */
    public static Optional<SoapFault> refusal(Optional<Method> operation, Principal caller) {
        if (operation.isEmpty()) {
            return Optional.of(SoapFault.of("INVALID", "operation.unknown",
                    "The request's body names no operation of this service"));
        }
        return ScopeRule.refusal(operation.get(), caller)
                .map(detail -> SoapFault.of("FORBIDDEN", ScopeRule.SCOPE_MISSING, detail));
    }
}
