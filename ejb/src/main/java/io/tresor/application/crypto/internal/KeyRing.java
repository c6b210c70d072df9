package io.tresor.application.crypto.internal;

import io.tresor.application.shared.SystemJob;
import io.tresor.application.shared.SystemReach;
import io.tresor.domain.crypto.DataKey;
import io.tresor.domain.crypto.KeyState;
import io.tresor.domain.crypto.TenantKey;
import io.tresor.domain.shared.Tenancy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * Stored keys: loads, creates and unwraps tenant and data keys, under the system reach of the key
 * ring (the key tables hold every tenant's keys). Every method runs in its own transaction, because it is called while an entity is persisted or flushed, where the
 * caller's persistence context must not be used; a data key created for a transaction that
 * later rolls back is an unused key, never a lost one.
 */
@Stateless
// Any caller: it runs while anyone's entity is persisted or read. It is internal, so only the crypto
// capability reaches it (ArchitectureTest), and it hands out key objects to crypto alone.
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@SystemReach(SystemJob.KEY_RING)
public class KeyRing {

    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager em;

    @Inject
    MasterKey masterKey;

    /** The subject's key; created on first use when {@code create}, else null if there is none. */
    public SubjectKey dataKeyOf(String tenantId, String subjectId, boolean create) {
        List<DataKey> found = em.createNamedQuery("DataKey.ofSubject", DataKey.class)
                .setParameter("tenantId", tenantId).setParameter("subjectId", subjectId).getResultList();
        if (!found.isEmpty()) {
            return open(found.get(0));
        }
        if (!create) {
            return null;
        }
        TenantKey wrapKey = activeKey(tenantId, TenantKey.Kind.WRAP);
        SecretKey material = Aead.newKey();
        String id = UUID.randomUUID().toString();
        String wrapped = Aead.wrap(unwrap(wrapKey), material.getEncoded(), dataKeyContext(tenantId, subjectId, id));
        em.persist(new DataKey(id, tenantId, subjectId, wrapKey.getId(), wrapped, Instant.now()));
        em.flush();
        return new SubjectKey(id, tenantId, subjectId, material);
    }

    /** The data key a ciphertext names, or null if no such key exists (never did, or deleted). */
    public SubjectKey dataKeyById(String id) {
        DataKey key = em.find(DataKey.class, id);
        return key == null ? null : open(key);
    }

    /** A tenant's index key; there is only ever one per tenant and kind, so its id is derived from both. */
    public SecretKey indexKey(String tenantId, TenantKey.Kind kind) {
        String id = UUID.nameUUIDFromBytes((kind + "|" + tenantId).getBytes(StandardCharsets.UTF_8)).toString();
        TenantKey key = em.find(TenantKey.class, id);
        if (key == null) {
            SecretKey material = Aead.newKey();
            key = new TenantKey(id, tenantId, kind, masterKey.wrap(material.getEncoded(), tenantKeyContext(tenantId, kind, id)),
                    Instant.now());
            em.persist(key);
            em.flush();
            return material;
        }
        if (key.getState() == KeyState.DESTROYED) {
            throw new IllegalStateException("The index key of tenant " + tenantId + " has been destroyed");
        }
        return unwrap(key);
    }

    /** The tenant's current WRAP key, created on first use. */
    private TenantKey activeKey(String tenantId, TenantKey.Kind kind) {
        List<TenantKey> usable = em.createNamedQuery("TenantKey.usable", TenantKey.class)
                .setParameter("tenantId", tenantId).setParameter("kind", kind).getResultList();
        return usable.stream().filter(k -> k.getState() == KeyState.ACTIVE).findFirst()
                .orElseGet(() -> newTenantKey(tenantId, kind));
    }

    private TenantKey newTenantKey(String tenantId, TenantKey.Kind kind) {
        String id = TenantKey.newId();
        TenantKey key = new TenantKey(id, tenantId, kind,
                masterKey.wrap(Aead.newKey().getEncoded(), tenantKeyContext(tenantId, kind, id)), Instant.now());
        em.persist(key);
        em.flush();
        return key;
    }

    private SubjectKey open(DataKey key) {
        if (key.isDestroyed()) {
            return new SubjectKey(key.getId(), key.getTenantId(), key.getSubjectId(), null);
        }
        TenantKey wrapKey = em.find(TenantKey.class, key.getTenantKeyId());
        if (wrapKey == null || wrapKey.getState() == KeyState.DESTROYED) {
            // The tenant's keys were shredded: everything under them reads as erased.
            return new SubjectKey(key.getId(), key.getTenantId(), key.getSubjectId(), null);
        }
        byte[] material = Aead.unwrap(unwrap(wrapKey), key.getWrapped(),
                dataKeyContext(key.getTenantId(), key.getSubjectId(), key.getId()));
        return new SubjectKey(key.getId(), key.getTenantId(), key.getSubjectId(), Aead.aesKey(material));
    }

    private SecretKey unwrap(TenantKey key) {
        return unwrap(masterKey, key);
    }

    /** Static, because other beans must not call a non-business method through this bean's proxy. */
    static SecretKey unwrap(MasterKey masterKey, TenantKey key) {
        return Aead.aesKey(masterKey.unwrap(key.getWrapped(), tenantKeyContext(key.getTenantId(), key.getKind(), key.getId())));
    }

    static String tenantKeyContext(String tenantId, TenantKey.Kind kind, String id) {
        return "tresor-tenant-key|" + tenantId + "|" + kind + "|" + id;
    }

    static String dataKeyContext(String tenantId, String subjectId, String id) {
        return "tresor-data-key|" + tenantId + "|" + subjectId + "|" + id;
    }
}
