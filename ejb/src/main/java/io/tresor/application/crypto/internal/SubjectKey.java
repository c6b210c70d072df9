package io.tresor.application.crypto.internal;

import javax.crypto.SecretKey;

/** A person's data key as the cipher needs it; {@code key} is null once it is destroyed (erased). */
public record SubjectKey(String id, String tenantId, String subjectId, SecretKey key) {

    public boolean erased() {
        return key == null;
    }
}
