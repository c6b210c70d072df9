package io.tresor.domain.crypto;

import jakarta.persistence.Cacheable;
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

/**
 * The key of one data subject, wrapped by a tenant WRAP key. Every personal value about the
 * subject is encrypted under it; destroying it (crypto-shredding) makes all of them, including
 * copies in backups, unreadable.
 */
@Entity
@Cacheable(false)
@Table(name = "data_key")
@NamedQuery(name = "DataKey.ofSubject", query = "SELECT k FROM DataKey k WHERE k.tenantId = :tenantId AND k.subjectId = :subjectId")
@NamedQuery(name = "DataKey.wrappedBy", query = "SELECT k FROM DataKey k WHERE k.tenantKeyId = :tenantKeyId"
        + " AND k.state <> io.tresor.domain.crypto.KeyState.DESTROYED ORDER BY k.id")
@NamedQuery(name = "DataKey.countWrappedBy", query = "SELECT COUNT(k) FROM DataKey k WHERE k.tenantKeyId = :tenantKeyId"
        + " AND k.state <> io.tresor.domain.crypto.KeyState.DESTROYED")
public class DataKey {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "subject_id", nullable = false, length = 36)
    private String subjectId;

    @Column(name = "tenant_key_id", nullable = false, length = 36)
    private String tenantKeyId;

    @Column(length = 200)
    private String wrapped;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private KeyState state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "destroyed_at")
    private Instant destroyedAt;

    @Version
    private long version;

    protected DataKey() {
    }

    public DataKey(String id, String tenantId, String subjectId, String tenantKeyId, String wrapped, Instant now) {
        this.id = Objects.requireNonNull(id);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.subjectId = Objects.requireNonNull(subjectId);
        this.tenantKeyId = Objects.requireNonNull(tenantKeyId);
        this.wrapped = Objects.requireNonNull(wrapped);
        this.state = KeyState.ACTIVE;
        this.createdAt = now;
    }

    /** Key rotation: the same key material, now wrapped by the tenant's newer key. */
    public void rewrap(String newTenantKeyId, String newWrapped) {
        if (state == KeyState.DESTROYED) {
            throw new IllegalStateException("A destroyed key cannot be re-wrapped");
        }
        tenantKeyId = Objects.requireNonNull(newTenantKeyId);
        wrapped = Objects.requireNonNull(newWrapped);
    }

    public void destroy(Instant now) {
        wrapped = null;
        state = KeyState.DESTROYED;
        destroyedAt = now;
    }

    public boolean isDestroyed() {
        return state == KeyState.DESTROYED;
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getTenantKeyId() {
        return tenantKeyId;
    }

    public String getWrapped() {
        return wrapped;
    }

    public Instant getDestroyedAt() {
        return destroyedAt;
    }
}
