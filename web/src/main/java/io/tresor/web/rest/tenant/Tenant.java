package io.tresor.web.rest.tenant;

import io.tresor.application.tenant.TenantDirectory;

/** A tenant as integrators see it: the manufacturer (PLATFORM) or a customer. */
public record Tenant(String id, String name, String kind, String status) {

    static Tenant of(TenantDirectory.Entry e) {
        return new Tenant(e.id(), e.name(), e.kind(), e.status());
    }
}
