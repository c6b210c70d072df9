package io.tresor.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.application.shared.TresorPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionIdentityTest {

    private final Instant signedIn = Instant.parse("2026-11-22T08:00:00Z");
    private final SessionIdentity identity = new SessionIdentity("acc-1", "tenant-1", "Anna", Set.of("CUSTOMER_USER"), signedIn);

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverActiveItIs() {
        assertFalse(identity.expiredAt(signedIn.plus(Duration.ofHours(11)).plusSeconds(3599)));
        assertTrue(identity.expiredAt(signedIn.plus(Duration.ofHours(12)).plusSeconds(1)));
    }

    @Test
    void theSessionPrincipalCarriesAccountAndTenantButNoScopes() {
        TresorPrincipal principal = identity.principal();
        assertEquals("acc-1", principal.getName());
        assertEquals("tenant-1", principal.tenantId());
        assertEquals(TresorPrincipal.Kind.USER, principal.kind());
        assertTrue(principal.scopes().isEmpty());
    }
}
