package io.tresor.domain.shared;

/**
 * Names shared by the tenant-scoped entities and the interceptor that binds an
 * EntityManager to the caller's tenant; kept in one place so the two cannot drift apart.
 */
public final class Tenancy {

    /** EclipseLink context property that carries the caller's tenant id. */
    public static final String CONTEXT_PROPERTY = "tenant.id";

    /** Discriminator column of every tenant-owned table. */
    public static final String COLUMN = "tenant_id";

    /** Persistence unit whose multitenant entities are filtered by the caller's tenant. */
    public static final String TENANT_UNIT = "tresor";

    /** Persistence unit for cross-tenant platform work; only platform services use it. */
    public static final String PLATFORM_UNIT = "tresor-platform";

    private Tenancy() {
    }
}
