package io.tresor.application.shared;

import io.tresor.application.shared.TresorPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;
import java.util.Set;

/** Finds the caller's {@link TresorPrincipal}; the only source of the tenant a service works in. */
@ApplicationScoped
public class CallerTenant {

    @Inject
    SecurityContext securityContext;

    public Optional<TresorPrincipal> principal() {
        try {
            Set<TresorPrincipal> principals = securityContext.getPrincipalsByType(TresorPrincipal.class);
            if (principals.isEmpty() && securityContext.getCallerPrincipal() instanceof TresorPrincipal p) {
                return Optional.of(p);
            }
            return principals.stream().findFirst();
        } catch (IllegalStateException noCallerContext) {
            // Start-up and shutdown callbacks have no caller at all; EJB says so by refusing the question.
            return Optional.empty();
        }
    }

    /** The caller's principal, or a {@link SecurityException}: tenant-scoped work fails closed. */
    public TresorPrincipal require() {
        return principal().orElseThrow(() -> new SecurityException("No authenticated Tresor caller"));
    }
}
