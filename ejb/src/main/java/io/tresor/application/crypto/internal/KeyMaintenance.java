package io.tresor.application.crypto.internal;

import io.tresor.application.shared.SystemJob;
import io.tresor.application.shared.SystemReach;
import io.tresor.domain.crypto.DataKey;
import io.tresor.domain.crypto.KeyState;
import io.tresor.domain.crypto.TenantKey;
import io.tresor.domain.device.EnrollmentGroup;
import io.tresor.domain.identity.SigningKey;
import io.tresor.domain.shared.Tenancy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import javax.crypto.SecretKey;

/**
 * The steps of key rotation and crypto-shredding, each a transaction of its own. A rotation is
 * a sequence of small batches: a crash between two batches leaves some keys wrapped the old
 * way and some the new way, both readable, and the next start finishes the work.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@SystemReach(SystemJob.KEY_MAINTENANCE)
public class KeyMaintenance {

    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager em;

    @Inject
    MasterKey masterKey;

    /** Retires the tenant's WRAP keys and creates the new one that wraps from now on. */
    public String startTenantRotation(String tenantId) {
        List<TenantKey> current = em.createNamedQuery("TenantKey.usable", TenantKey.class)
                .setParameter("tenantId", tenantId).setParameter("kind", TenantKey.Kind.WRAP).getResultList();
        current.forEach(TenantKey::retire);
        String id = TenantKey.newId();
        em.persist(new TenantKey(id, tenantId, TenantKey.Kind.WRAP,
                masterKey.wrap(Aead.newKey().getEncoded(), KeyRing.tenantKeyContext(tenantId, TenantKey.Kind.WRAP, id)),
                Instant.now()));
        return id;
    }

    /**
     * Re-wraps up to {@code batch} data keys of the tenant that still hang on a retired key;
     * a retired key with nothing left under it is destroyed. Returns how many were re-wrapped.
     */
    public int rewrapDataKeys(String tenantId, int batch) {
        List<TenantKey> keys = em.createNamedQuery("TenantKey.usable", TenantKey.class)
                .setParameter("tenantId", tenantId).setParameter("kind", TenantKey.Kind.WRAP).getResultList();
        TenantKey active = keys.stream().filter(k -> k.getState() == KeyState.ACTIVE).findFirst().orElse(null);
        if (active == null) {
            return 0;
        }
        SecretKey activeMaterial = KeyRing.unwrap(masterKey, active);
        int done = 0;
        for (TenantKey retired : keys) {
            if (retired.getState() != KeyState.RETIRED || done >= batch) {
                continue;
            }
            SecretKey oldMaterial = KeyRing.unwrap(masterKey, retired);
            List<DataKey> wrapped = em.createNamedQuery("DataKey.wrappedBy", DataKey.class)
                    .setParameter("tenantKeyId", retired.getId()).setMaxResults(batch - done).getResultList();
            for (DataKey key : wrapped) {
                String context = KeyRing.dataKeyContext(key.getTenantId(), key.getSubjectId(), key.getId());
                byte[] material = Aead.unwrap(oldMaterial, key.getWrapped(), context);
                key.rewrap(active.getId(), Aead.wrap(activeMaterial, material, context));
                done++;
            }
            if (wrapped.isEmpty()) {
                retired.destroy(Instant.now());
            }
        }
        return done;
    }

    /** Tenants whose WRAP key rotation has not finished (a retired key still wraps something). */
    public List<String> tenantsWithRetiredKeys() {
        return em.createQuery("SELECT DISTINCT k.tenantId FROM TenantKey k WHERE k.kind = :kind AND k.state = :state",
                String.class).setParameter("kind", TenantKey.Kind.WRAP).setParameter("state", KeyState.RETIRED)
                .getResultList();
    }

    /** Re-wraps up to {@code batch} tenant keys, signing keys and enrollment group keys still wrapped by an older master key version. */
    public int rewrapUnderCurrentMaster(int batch) {
        int done = 0;
        for (TenantKey key : em.createNamedQuery("TenantKey.all", TenantKey.class).getResultList()) {
            if (done >= batch) {
                return done;
            }
            if (!masterKey.wrappedByCurrent(key.getWrapped())) {
                String context = KeyRing.tenantKeyContext(key.getTenantId(), key.getKind(), key.getId());
                key.rewrap(masterKey.wrap(masterKey.unwrap(key.getWrapped(), context), context));
                done++;
            }
        }
        for (SigningKey key : em.createQuery("SELECT k FROM SigningKey k", SigningKey.class).getResultList()) {
            if (done >= batch) {
                return done;
            }
            if (!masterKey.wrappedByCurrent(key.getPrivateKeyWrapped())) {
                String context = "signing-key:" + key.getKid();
                key.rewrap(masterKey.wrap(masterKey.unwrap(key.getPrivateKeyWrapped(), context), context));
                done++;
            }
        }
        for (EnrollmentGroup group : em.createQuery("SELECT g FROM EnrollmentGroup g WHERE g.groupKeyWrapped IS NOT NULL",
                EnrollmentGroup.class).getResultList()) {
            if (done >= batch) {
                return done;
            }
            if (!masterKey.wrappedByCurrent(group.getGroupKeyWrapped())) {
                String context = EnrollmentGroup.keyContext(group.getId());
                group.rewrapKey(masterKey.wrap(masterKey.unwrap(group.getGroupKeyWrapped(), context), context));
                done++;
            }
        }
        return done;
    }

    /** Crypto-shredding of one person: true if there was a key to destroy. */
    public boolean shredSubject(String tenantId, String subjectId) {
        List<DataKey> keys = em.createNamedQuery("DataKey.ofSubject", DataKey.class)
                .setParameter("tenantId", tenantId).setParameter("subjectId", subjectId).getResultList();
        Instant now = Instant.now();
        keys.forEach(k -> k.destroy(now));
        return !keys.isEmpty();
    }

    /** Crypto-shredding of a whole tenant: its tenant keys and every data key under them. */
    public int shredTenant(String tenantId) {
        Instant now = Instant.now();
        List<TenantKey> keys = em.createNamedQuery("TenantKey.ofTenant", TenantKey.class)
                .setParameter("tenantId", tenantId).getResultList();
        keys.forEach(k -> k.destroy(now));
        return em.createQuery("UPDATE DataKey k SET k.wrapped = NULL, k.state = :state, k.destroyedAt = :now"
                        + " WHERE k.tenantId = :tenantId")
                .setParameter("state", KeyState.DESTROYED).setParameter("now", now)
                .setParameter("tenantId", tenantId).executeUpdate();
    }
}
