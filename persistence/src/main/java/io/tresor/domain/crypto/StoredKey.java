package io.tresor.domain.crypto;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;

/**
 * What tenant keys and data keys have in common: a key stored wrapped, in a life of active,
 * retired and destroyed. Destroying deletes the wrapped material itself, not merely a flag.
 */
@MappedSuperclass
public abstract class StoredKey {

    @Id
    @Column(length = 36)
    protected String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    protected String tenantId;

    @Column(length = 200)
    protected String wrapped;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    protected KeyState state;

    @Column(name = "created_at", nullable = false)
    protected Instant createdAt;

    @Column(name = "destroyed_at")
    protected Instant destroyedAt;

    protected StoredKey() {
    }

    protected StoredKey(String id, String tenantId, String wrapped, Instant now) {
        this.id = Objects.requireNonNull(id);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.wrapped = Objects.requireNonNull(wrapped);
        this.state = KeyState.ACTIVE;
        this.createdAt = now;
    }

    /** Gone for good: everything it protected reads as erased from now on. */
    public void destroy(Instant now) {
        wrapped = null;
        state = KeyState.DESTROYED;
        destroyedAt = now;
    }

    /** Key rotation: the same key material, wrapped anew. */
    protected void replaceWrapped(String newWrapped) {
        if (state == KeyState.DESTROYED) {
            throw new IllegalStateException("A destroyed key cannot be re-wrapped");
        }
        wrapped = Objects.requireNonNull(newWrapped);
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

    public String getWrapped() {
        return wrapped;
    }

    public KeyState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
