package io.tresor.domain.tenant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TenantTest {

    @Test
    void customersCanBeSuspendedButThePlatformCannot() {
        Tenant customer = new Tenant("Muster Vakuumtechnik GmbH", TenantKind.CUSTOMER, Instant.now());
        customer.suspend();
        assertFalse(customer.isActive());
        customer.reactivate();
        assertTrue(customer.isActive());
        Tenant platform = new Tenant("Vakuumwerk", TenantKind.PLATFORM, Instant.now());
        assertThrows(IllegalStateException.class, platform::suspend);
    }

    @Test
    void aTenantNeedsAName() {
        assertThrows(IllegalArgumentException.class, () -> new Tenant("  ", TenantKind.CUSTOMER, Instant.now()));
    }
}
