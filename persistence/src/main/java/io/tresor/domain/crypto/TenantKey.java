package io.tresor.domain.crypto;

import io.tresor.domain.shared.Ids;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A tenant's key, stored wrapped by the master key. A WRAP key wraps the data keys of the
 * tenant's data subjects; an INDEX key computes the tenant's blind indexes; the platform
 * tenant's LOGIN_INDEX key computes the installation-wide e-mail index used at sign-in.
 * Destroying the WRAP keys of a tenant makes all of its personal data unreadable.
 */
@Entity
@Cacheable(false)
@Table(name = "tenant_key")
@NamedQuery(name = "TenantKey.usable", query = "SELECT k FROM TenantKey k WHERE k.tenantId = :tenantId"
        + " AND k.kind = :kind AND k.state <> io.tresor.domain.crypto.KeyState.DESTROYED ORDER BY k.createdAt DESC")
@NamedQuery(name = "TenantKey.ofTenant", query = "SELECT k FROM TenantKey k WHERE k.tenantId = :tenantId")
@NamedQuery(name = "TenantKey.all", query = "SELECT k FROM TenantKey k WHERE k.state <> io.tresor.domain.crypto.KeyState.DESTROYED")
public class TenantKey extends StoredKey {

    /** What a tenant key is for. */
    public enum Kind { WRAP, INDEX, LOGIN_INDEX }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    protected TenantKey() {
    }

    /** The id is chosen first because it is bound into the wrapping. */
    public TenantKey(String id, String tenantId, Kind kind, String wrapped, Instant now) {
        super(id, tenantId, wrapped, now);
        this.kind = Objects.requireNonNull(kind);
    }

    public static String newId() {
        return Ids.newId();
    }

    /** Replaced by a newer key; still opens the data keys that are not re-wrapped yet. */
    public void retire() {
        if (state == KeyState.ACTIVE) {
            state = KeyState.RETIRED;
        }
    }

    /** After a master key rotation the same key material is stored under the new master key. */
    public void rewrap(String newWrapped) {
        replaceWrapped(newWrapped);
    }

    public Kind getKind() {
        return kind;
    }
}
