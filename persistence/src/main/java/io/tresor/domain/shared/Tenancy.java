package io.tresor.domain.shared;

/**
 * Names shared by the tenant-owned entities and the data layer that binds an EntityManager
 * to the caller's reach; kept in one place so the two cannot drift apart.
 */
public final class Tenancy {

    /**
     * EntityManager property (and JPQL parameter of the additional criteria) that carries the
     * tenant ids the caller reaches; set by the data layer once per transaction.
     */
    public static final String REACH_PARAMETER = "tresorReach";

    /**
     * EntityManager property set to {@code true} when the reach is everything (the manufacturer's
     * side, system jobs): writes may then name any tenant, also one created in the same transaction.
     */
    public static final String REACH_EVERYTHING = "tresorReachEverything";

    /**
     * Key of the transaction resource (TransactionSynchronizationRegistry) that holds the reach
     * as the PostgreSQL setting {@code tresor.reach}: the data layer puts it there when it binds
     * the reach, {@link ReachDataSource} sets it on every connection of the transaction.
     */
    public static final String DATABASE_REACH = "io.tresor.domain.shared.Tenancy.databaseReach";

    /**
     * A tenant id that no tenant has: the reach of a caller who reaches nothing, because an
     * empty IN list is no valid SQL.
     */
    public static final String NO_TENANT = "-";

    /** Discriminator column of every tenant-owned table. */
    public static final String COLUMN = "tenant_id";

    /** Persistence unit of every {@link TenantOwned} entity; only the data layer uses it. */
    public static final String TENANT_UNIT = "tresor";

    /** Persistence unit of what belongs to no tenant (tenants, catalogue, keys); it holds no tenant-owned entity. */
    public static final String PLATFORM_UNIT = "tresor-platform";

    private Tenancy() {
    }
}
