package io.tresor.systemtest.services;

import io.tresor.application.crypto.CipherService;
import io.tresor.application.crypto.internal.KeyMaintenance;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Deployed with the tests only: runs the first steps of a key rotation and stops, as a crash would. */
@Stateless
public class KeyStepProbe {

    @EJB
    KeyMaintenance maintenance;

    @Inject
    CipherService cipher;

    /** Starts a tenant key rotation and re-wraps only {@code batch} data keys; returns how many. */
    public int interruptedRotation(String tenantId, int batch) {
        maintenance.startTenantRotation(tenantId);
        int done = maintenance.rewrapDataKeys(tenantId, batch);
        // A restarted node has nothing in memory either.
        cipher.forgetTenant(tenantId);
        return done;
    }
}
