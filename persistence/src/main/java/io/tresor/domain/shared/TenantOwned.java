package io.tresor.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * Everything that belongs to one tenant. EclipseLink adds the caller's reach to every query,
 * every lookup by id and every bulk change of such an entity ({@link Tenancy#REACH_PARAMETER}
 * on the EntityManager; without it the statement fails instead of reading everything), and
 * {@link ReachGuard} refuses to write one outside the reach. The tenant unit keeps no shared
 * cache, so a lookup by id always reaches the database with the reach in its WHERE clause.
 */
@MappedSuperclass
@AdditionalCriteria("this.tenantId IN :" + Tenancy.REACH_PARAMETER)
public abstract class TenantOwned {

    @Column(name = Tenancy.COLUMN, nullable = false, length = 36)
    private String tenantId;

    protected TenantOwned() {
    }

    protected TenantOwned(String tenantId) {
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    }

    public String getTenantId() {
        return tenantId;
    }

    /** Hands the row over to another tenant (an asset changing hands); the write guard checks the new one too. */
    protected void changeTenant(String newTenantId) {
        this.tenantId = Objects.requireNonNull(newTenantId, "newTenantId");
    }
}
