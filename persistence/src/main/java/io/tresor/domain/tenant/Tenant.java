package io.tresor.domain.tenant;

import io.tresor.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

@Entity
@Table(name = "tenant")
@NamedQuery(name = "Tenant.all", query = "SELECT t FROM Tenant t ORDER BY t.kind, t.name")
@NamedQuery(name = "Tenant.byName", query = "SELECT t FROM Tenant t WHERE t.name = :name")
@NamedQuery(name = "Tenant.platform", query = "SELECT t FROM Tenant t WHERE t.kind = io.tresor.domain.tenant.TenantKind.PLATFORM")
public class Tenant {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TenantKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TenantStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(String name, TenantKind kind, Instant now) {
        this.id = Ids.newId();
        this.name = requireName(name);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.status = TenantStatus.ACTIVE;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("A tenant needs a name of 1 to 200 characters");
        }
        return name.strip();
    }

    /** The platform tenant runs the installation; suspending it would lock everybody out. */
    public void suspend() {
        if (kind == TenantKind.PLATFORM) {
            throw new IllegalStateException("The platform tenant cannot be suspended");
        }
        status = TenantStatus.SUSPENDED;
    }

    public void reactivate() {
        status = TenantStatus.ACTIVE;
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public TenantKind getKind() {
        return kind;
    }

    public TenantStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tenant other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
