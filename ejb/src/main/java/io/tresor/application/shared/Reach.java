package io.tresor.application.shared;

import io.tresor.domain.shared.Tenancy;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How far one transaction reaches into tenant-owned data: nothing (a caller without a tenant),
 * a set of tenants (a customer reaches its own), or everything (the manufacturer's side, which
 * serves every customer, and the documented {@link SystemJob}s). {@link TenantData} binds one
 * reach per transaction and applies it to every read and write; services never build one.
 */
public final class Reach {

    /** What a reach covers. */
    public enum Kind { NONE, TENANTS, EVERYTHING }

    private final Kind kind;
    private final Set<String> tenants;
    private final SystemJob job;

    private Reach(Kind kind, Set<String> tenants, SystemJob job) {
        this.kind = kind;
        this.tenants = tenants;
        this.job = job;
    }

    public static Reach none() {
        return new Reach(Kind.NONE, Set.of(), null);
    }

    public static Reach tenants(Collection<String> tenantIds) {
        if (tenantIds.isEmpty()) {
            return none();
        }
        Set<String> ids = new TreeSet<>();
        for (String id : tenantIds) {
            ids.add(requireTenantId(id));
        }
        return new Reach(Kind.TENANTS, Set.copyOf(ids), null);
    }

    /** The manufacturer's side: every tenant, including tenants created later in the same transaction. */
    public static Reach everything() {
        return new Reach(Kind.EVERYTHING, Set.of(), null);
    }

    /** A background or pre-authentication path that works across tenants, named so that it is audited and listed. */
    public static Reach system(SystemJob job) {
        return new Reach(Kind.EVERYTHING, Set.of(), Objects.requireNonNull(job, "job"));
    }

    /** Tenant ids become a comma-separated setting and SQL: only what ids look like. */
    private static String requireTenantId(String id) {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,35}")) {
            throw new IllegalArgumentException("Not a tenant id: " + id);
        }
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** The system job this reach was granted to, if it is one. */
    public Optional<SystemJob> job() {
        return Optional.ofNullable(job);
    }

    public boolean includes(String tenantId) {
        return switch (kind) {
            case NONE -> false;
            case TENANTS -> tenants.contains(tenantId);
            case EVERYTHING -> tenantId != null;
        };
    }

    /** The one tenant a reach is confined to, when it is exactly one (a customer): lists can then start at it. */
    public Optional<String> single() {
        return kind == Kind.TENANTS && tenants.size() == 1 ? Optional.of(tenants.iterator().next()) : Optional.empty();
    }

    /** Whether this reach is the manufacturer's side or a system job, which reach every tenant. */
    public boolean isEverything() {
        return kind == Kind.EVERYTHING;
    }

    /** The tenants of a reach that lists them; empty for {@link Kind#EVERYTHING} and {@link Kind#NONE}. */
    public Set<String> tenants() {
        return tenants;
    }

    /**
     * The value of the additional criteria's IN list: every existing tenant for a reach of
     * everything (read when the reach is bound), a tenant id no tenant has for none.
     */
    List<String> criteria(Collection<String> allTenants) {
        return switch (kind) {
            case NONE -> List.of(Tenancy.NO_TENANT);
            case TENANTS -> List.copyOf(tenants);
            case EVERYTHING -> allTenants.isEmpty() ? List.of(Tenancy.NO_TENANT) : List.copyOf(allTenants);
        };
    }

    /** The value of the PostgreSQL setting {@code tresor.reach} that the row-level security policies read. */
    String databaseSetting() {
        return switch (kind) {
            case NONE -> "";
            case TENANTS -> String.join(",", tenants);
            case EVERYTHING -> "*";
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reach other && kind == other.kind && tenants.equals(other.tenants) && job == other.job;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, tenants, job);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "no tenant";
            case TENANTS -> "tenants " + tenants;
            case EVERYTHING -> job == null ? "every tenant (manufacturer)" : "system job " + job.name();
        };
    }
}
