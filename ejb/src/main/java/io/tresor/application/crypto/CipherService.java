package io.tresor.application.crypto;

import io.tresor.application.audit.Audit;
import io.tresor.application.crypto.internal.BlindIndex;
import io.tresor.application.crypto.internal.FieldCipher;
import io.tresor.application.crypto.internal.KeyRing;
import io.tresor.application.crypto.internal.DataKeyCache;
import io.tresor.application.crypto.internal.SealedText;
import io.tresor.application.crypto.internal.SubjectKey;
import io.tresor.application.shared.TresorPrincipal;
import io.tresor.application.shared.Settings;
import io.tresor.application.shared.CallerTenant;
import io.tresor.domain.crypto.BlindIndexed;
import io.tresor.domain.crypto.Personal;
import io.tresor.domain.crypto.PersonalData;
import io.tresor.domain.crypto.PersonalDataGuard;
import io.tresor.domain.crypto.Purpose;
import io.tresor.domain.crypto.TenantKey;
import io.tresor.domain.identity.LoginAccount;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;

/**
 * The cipher service: seals personal values under the data key of their subject, opens them
 * for a stated purpose (audited unless the subject reads their own data), computes blind
 * indexes, and keeps unwrapped keys in memory for a short time. Entities reach it through
 * {@link PersonalDataGuard}; services use it for blind-index lookups.
 */
@ApplicationScoped
public class CipherService implements PersonalDataGuard {

    /** Tenant id of the installation-wide index key (sign-in by e-mail, pseudonymised addresses). */
    static final String INSTALLATION = "installation";
    private static final int MAX_CACHED = 50_000;

    @EJB
    KeyRing keyRing;

    @Inject
    Audit audit;

    @Inject
    CallerTenant caller;

    @Inject
    Settings settings;

    private final DataKeyCache keys = new DataKeyCache(MAX_CACHED);
    private final Map<String, SecretKey> indexKeys = new ConcurrentHashMap<>();

    @Override
    public String seal(String plain, PersonalData owner, String field) {
        SubjectKey key = subjectKey(owner.personalTenantId(), owner.personalSubjectId());
        if (key.erased()) {
            throw new IllegalStateException("The data of subject " + owner.personalSubjectId()
                    + " has been erased; nothing new can be stored about them");
        }
        return SealedText.seal(plain, key, context(owner, field));
    }

    @Override
    public String open(String sealed, PersonalData owner, String field, Purpose purpose) {
        byte[] stored = SealedText.decode(sealed);
        SubjectKey key = keyById(FieldCipher.keyIdOf(stored));
        if (key == null || key.erased()) {
            return Personal.ERASED;
        }
        if (!key.tenantId().equals(owner.personalTenantId()) || !key.subjectId().equals(owner.personalSubjectId())) {
            throw new FieldCipher.TamperedException("A personal value is encrypted under another subject's key", null);
        }
        String plain = SealedText.open(stored, key, context(owner, field));
        if (purpose.auditedPerRead() && !isSubject(owner)) {
            audit.personalDataRead(owner.personalTenantId(), owner.personalRecordType(), owner.personalRecordId(), field, purpose);
        }
        return plain;
    }

    @Override
    public String blindIndex(String plain, String tenantId, BlindIndexed.Scope scope, String field) {
        String owner = scope == BlindIndexed.Scope.INSTALLATION ? INSTALLATION : tenantId;
        TenantKey.Kind kind = scope == BlindIndexed.Scope.INSTALLATION ? TenantKey.Kind.LOGIN_INDEX : TenantKey.Kind.INDEX;
        // Not computeIfAbsent: loading a key may audit (the key ring's first work), and the audit
        // record's pseudonymised source address is a blind index too, which would re-enter the map.
        String id = owner + "|" + kind;
        SecretKey key = indexKeys.get(id);
        if (key == null) {
            SecretKey loaded = keyRing.indexKey(owner, kind);
            key = indexKeys.putIfAbsent(id, loaded);
            key = key == null ? loaded : key;
        }
        return BlindIndex.of(plain, field, key);
    }

    /** The index sign-in looks an account up by: the normalised e-mail under the installation key. */
    public String loginEmailIndex(String email) {
        return blindIndex(LoginAccount.normaliseEmail(email), null, BlindIndexed.Scope.INSTALLATION, "email");
    }

    /** Drops a subject's key from memory, after it was destroyed or re-wrapped. */
    public void forgetSubject(String tenantId, String subjectId) {
        keys.forgetSubject(tenantId, subjectId);
    }

    /** Drops every key of a tenant from memory. */
    public void forgetTenant(String tenantId) {
        keys.forgetTenant(tenantId);
        indexKeys.keySet().removeIf(k -> k.startsWith(tenantId + "|"));
    }

    private boolean isSubject(PersonalData owner) {
        return caller.principal().map(p -> p.kind() == TresorPrincipal.Kind.USER
                && p.getName().equals(owner.personalSubjectId())).orElse(false);
    }

    private SubjectKey subjectKey(String tenantId, String subjectId) {
        SubjectKey cached = keys.bySubject(tenantId, subjectId, System.currentTimeMillis());
        if (cached != null) {
            return cached;
        }
        SubjectKey key;
        try {
            key = keyRing.dataKeyOf(tenantId, subjectId, true);
        } catch (EJBException e) {
            // Another transaction created the subject's key at the same moment: use that one.
            key = keyRing.dataKeyOf(tenantId, subjectId, false);
            if (key == null) {
                throw e;
            }
        }
        remember(key);
        return key;
    }

    private SubjectKey keyById(String id) {
        SubjectKey cached = keys.byId(id, System.currentTimeMillis());
        if (cached != null) {
            return cached;
        }
        SubjectKey key = keyRing.dataKeyById(id);
        if (key != null) {
            remember(key);
        }
        return key;
    }

    private void remember(SubjectKey key) {
        keys.remember(key, System.currentTimeMillis() + settings.keyCacheTtl().toMillis());
    }

    private static io.tresor.application.crypto.FieldContext context(PersonalData owner, String field) {
        return new FieldContext(owner.personalTenantId(), owner.personalRecordType(), field, owner.personalRecordId());
    }
}
