package io.tresor.application.security;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The security events for the platform admins' page, newest first. */
@Local
public interface SecurityEventService {

    /** One raised event: what kind, about whom (account, pseudonymised source, client, person), how many events in what window. */
    record SecurityEventView(long id, Instant detectedAt, String kind, String subject, String tenantId, int count,
                             int windowSeconds, long firstSeq, long lastSeq, boolean mailed) implements Serializable {
        public int windowMinutes() {
            return windowSeconds / 60;
        }
    }

    List<SecurityEventView> recent(int max);
}
