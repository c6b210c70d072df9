package io.tresor.web.security;

import io.tresor.application.shared.TresorPrincipal;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Optional;

/**
 * The one rule by which REST resource methods and SOAP operations admit a caller: the scope the
 * operation declares with {@link RequiresScope}, any token where it says {@link AnyScope},
 * anybody where it says {@link Public}, and nobody where it declares none of them.
 */
public final class ScopeRule {

    /** The stable code of every refusal by this rule, over REST and SOAP alike. */
    public static final String SCOPE_MISSING = "scope.missing";

    private ScopeRule() {
    }

    /**
     * Why {@code caller} may not call {@code operation}, or empty if it may. {@code operation} is
     * null where a request reaches no method of ours (an automatic OPTIONS answer, say): refused.
     */
    public static Optional<String> refusal(Method operation, Principal caller) {
        if (operation == null) {
            return Optional.of("The request reaches no operation that declares a scope");
        }
        RequiresScope required = operation.getAnnotation(RequiresScope.class);
        if (required != null) {
            return caller instanceof TresorPrincipal p && p.hasScope(required.value())
                    ? Optional.empty()
                    : Optional.of("The token lacks the scope " + required.value());
        }
        if (operation.isAnnotationPresent(AnyScope.class)) {
            return caller != null ? Optional.empty() : Optional.of("A bearer token is required");
        }
        if (operation.isAnnotationPresent(Public.class)) {
            return Optional.empty();
        }
        return Optional.of("This operation declares no scope, so no token may call it");
    }

    /** Whether the method declares how it is reached: a scope, any token, or no token. */
    public static boolean declares(Method operation) {
        int declarations = (operation.isAnnotationPresent(RequiresScope.class) ? 1 : 0)
                + (operation.isAnnotationPresent(AnyScope.class) ? 1 : 0)
                + (operation.isAnnotationPresent(Public.class) ? 1 : 0);
        return declarations == 1;
    }
}
