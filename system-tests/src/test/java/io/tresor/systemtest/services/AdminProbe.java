package io.tresor.systemtest.services;

import io.tresor.application.crypto.KeyService;
import io.tresor.application.identity.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/** Deployed with the tests only: calls the key service as a platform administrator would. */
@Stateless
@PermitAll
@RunAs(Roles.PLATFORM_ADMIN)
public class AdminProbe {

    @EJB
    KeyService keys;

    public boolean eraseSubject(String tenantId, String subjectId) {
        return keys.eraseSubject(tenantId, subjectId);
    }

    public KeyService.Rotation rotateTenantKey(String tenantId) {
        return keys.rotateTenantKey(tenantId);
    }

    public KeyService.Rotation rotateMasterKey() {
        return keys.rotateMasterKey();
    }

    public int resumeRotations() {
        return keys.resumeRotations();
    }

    public int eraseTenant(String tenantId) {
        return keys.eraseTenant(tenantId);
    }
}
