package io.tresor.application.tenant;

import java.util.List;
import java.util.Optional;

/**
 * The tenants a caller may know of: the platform (manufacturer) sees every tenant, a customer
 * only itself. Another tenant is reported as absent, never as forbidden, so ids reveal nothing.
 */
public interface TenantDirectory {

    /** A tenant as integrators see it. */
    record Entry(String id, String name, String kind, String status) {
    }

    List<Entry> visible();

    Optional<Entry> find(String tenantId);
}
