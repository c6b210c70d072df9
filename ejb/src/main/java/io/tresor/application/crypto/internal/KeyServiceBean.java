package io.tresor.application.crypto.internal;

import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditAction;
import io.tresor.application.audit.AuditRecord;
import io.tresor.application.crypto.CipherService;
import io.tresor.application.crypto.KeyService;
import io.tresor.application.identity.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Orchestrates rotations as sequences of small transactions (see {@link KeyMaintenance}). */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeyServiceBean implements KeyService {

    private static final int BATCH = 500;

    @EJB
    KeyMaintenance maintenance;

    @Inject
    MasterKey masterKey;

    @Inject
    CipherService cipher;

    @Inject
    Audit audit;

    @Override
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public Rotation rotateTenantKey(String tenantId) {
        long started = System.nanoTime();
        String newKey = maintenance.startTenantRotation(tenantId);
        int total = rewrapTenant(tenantId);
        cipher.forgetTenant(tenantId);
        audit.record(AuditRecord.of(AuditAction.KEY_TENANT_ROTATED).target("tenant", tenantId).tenant(tenantId)
                .detail("newKey", newKey).detail("rewrapped", total));
        return new Rotation("tenant " + tenantId, total, (System.nanoTime() - started) / 1_000_000);
    }

    private int rewrapTenant(String tenantId) {
        int total = 0;
        for (int n = maintenance.rewrapDataKeys(tenantId, BATCH); n > 0; n = maintenance.rewrapDataKeys(tenantId, BATCH)) {
            total += n;
        }
        return total;
    }

    @Override
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public Rotation rotateMasterKey() {
        long started = System.nanoTime();
        int version = masterKey.rotate();
        int total = rewrapMaster();
        audit.record(AuditRecord.of(AuditAction.KEY_MASTER_ROTATED).target("master-key", "m" + version).detail("rewrapped", total));
        return new Rotation("master key m" + version, total, (System.nanoTime() - started) / 1_000_000);
    }

    private int rewrapMaster() {
        int total = 0;
        for (int n = maintenance.rewrapUnderCurrentMaster(BATCH); n > 0; n = maintenance.rewrapUnderCurrentMaster(BATCH)) {
            total += n;
        }
        return total;
    }

    @Override
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.CLERK})
    public boolean eraseSubject(String tenantId, String subjectId) {
        boolean destroyed = maintenance.shredSubject(tenantId, subjectId);
        cipher.forgetSubject(tenantId, subjectId);
        audit.record(AuditRecord.of(AuditAction.KEY_SUBJECT_ERASED).tenant(tenantId).target("data-subject", subjectId)
                .detail("keyDestroyed", destroyed));
        return destroyed;
    }

    @Override
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public int eraseTenant(String tenantId) {
        int keys = maintenance.shredTenant(tenantId);
        cipher.forgetTenant(tenantId);
        audit.record(AuditRecord.of(AuditAction.KEY_TENANT_ERASED).tenant(tenantId).target("tenant", tenantId)
                .detail("dataKeysDestroyed", keys));
        return keys;
    }

    @Override
    @PermitAll
    public int resumeRotations() {
        int total = rewrapMaster();
        for (String tenantId : maintenance.tenantsWithRetiredKeys()) {
            total += rewrapTenant(tenantId);
            cipher.forgetTenant(tenantId);
        }
        if (total > 0) {
            audit.record(AuditRecord.of(AuditAction.KEY_ROTATION_RESUMED).detail("rewrapped", total));
        }
        return total;
    }
}
