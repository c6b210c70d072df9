package io.tresor.application.audit.internal;

import java.time.Instant;

/** An audit event as stored, before the chainer gives it a place (sequence and hashes) in the chain. */
public record PendingEvent(Instant occurredAt, String actorType, String actorId, String tenantId, String action,
                           String targetType, String targetId, String purpose, String outcome, String source,
                           String requestId, String details) {
}
