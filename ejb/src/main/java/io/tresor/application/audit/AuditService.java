package io.tresor.application.audit;

import io.tresor.application.shared.PageRequest;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reading the trail: search, event detail, verification and export. Auditors and platform
 * integrators see every tenant; a customer's admin (or integrator) sees only their own tenant.
 */
@Local
public interface AuditService {

    /** One stored event, with its place in the chain. */
    record EventView(long seq, Instant occurredAt, String actorType, String actorId, String tenantId, String action,
                     String targetType, String targetId, String purpose, String outcome, String source,
                     String requestId, String details, String prevHash, String hash) implements java.io.Serializable {
    }

    /** Search criteria; null means "any". The action matches as a prefix ("sign-in" finds all sign-in events). */
    record Filter(Instant from, Instant to, String actor, String action, String tenantId, String target) {
        public static Filter any() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    /** The result of walking the whole chain and every checkpoint. */
    record Verification(boolean intact, long eventsChecked, long checkpointsChecked, Long firstBroken, String problem,
                        long millis, Instant verifiedAt) implements java.io.Serializable {
    }

    /** One page of the matching events, newest first. */
    List<EventView> search(Filter filter, @NotNull @Valid PageRequest page);

    /** How many events match in all. */
    long count(Filter filter);

    Optional<EventView> event(long seq);

    Verification verify();

    /**
     * Writes the events of a time range as JSON Lines ({@code "type":"event"}), then the
     * checkpoints inside it and the public key that signed them, so that the range can be
     * verified without Tresor. Returns the number of events written.
     */
    long export(Instant from, Instant to, OutputStream out) throws IOException;
}
