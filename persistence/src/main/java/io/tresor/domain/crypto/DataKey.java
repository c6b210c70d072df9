package io.tresor.domain.crypto;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
public class DataKey extends StoredKey {

    @Column(name = "subject_id", nullable = false, length = 36)
    private String subjectId;

    @Column(name = "tenant_key_id", nullable = false, length = 36)
    private String tenantKeyId;

    @Version
    private long version;

    protected DataKey() {
    }

    public DataKey(String id, String tenantId, String subjectId, String tenantKeyId, String wrapped, Instant now) {
        super(id, tenantId, wrapped, now);
        this.subjectId = Objects.requireNonNull(subjectId);
        this.tenantKeyId = Objects.requireNonNull(tenantKeyId);
    }

    /** Key rotation: the same key material, now wrapped by the tenant's newer key. */
    public void rewrap(String newTenantKeyId, String newWrapped) {
        replaceWrapped(newWrapped);
        tenantKeyId = Objects.requireNonNull(newTenantKeyId);
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getTenantKeyId() {
        return tenantKeyId;
    }
}
