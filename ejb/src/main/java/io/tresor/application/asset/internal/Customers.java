package io.tresor.application.asset.internal;

import io.tresor.domain.tenant.Tenant;
import io.tresor.domain.tenant.TenantKind;
import jakarta.persistence.EntityManager;

/** Assets and sites belong to customers only, never to the manufacturer's own tenant. */
final class Customers {

    private Customers() {
    }

    static boolean isCustomer(EntityManager platform, String tenantId) {
        Tenant tenant = tenantId == null ? null : platform.find(Tenant.class, tenantId);
        return tenant != null && tenant.getKind() == TenantKind.CUSTOMER;
    }
}
