package io.tresor.application.crypto;

import jakarta.ejb.Local;

/**
 * Key administration: rotation of tenant keys and of the master key (re-wrapping, never
 * re-encrypting data), and crypto-shredding of a person or a whole tenant. Every operation is
 * audited; rotations resume at the next start if they were interrupted.
 */
@Local
public interface KeyService {

    /** What a rotation did: how many stored keys were re-wrapped, and how long it took. */
    record Rotation(String scope, int rewrapped, long millis) {
    }

    /** New WRAP key for the tenant; every data key of the tenant is re-wrapped under it. */
    Rotation rotateTenantKey(String tenantId);

    /** New master key version; every tenant key, signing key and enrollment group key is re-wrapped under it. */
    Rotation rotateMasterKey();

    /** Destroys the person's data key: everything stored about them reads as erased from now on. */
    boolean eraseSubject(String tenantId, String subjectId);

    /** Destroys the tenant's keys and all data keys under them. */
    int eraseTenant(String tenantId);

    /** Finishes rotations a crash interrupted; run at start-up. Returns the number of keys re-wrapped. */
    int resumeRotations();
}
