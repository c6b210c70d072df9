package io.tresor.web.rest.audit;

import io.tresor.application.audit.AuditService.EventView;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;

/** One event of the audit trail with its place in the hash chain; absent fields were not recorded. */
public record AuditEvent(long seq, Instant occurredAt, String actorType, String actorId, String tenantId, String action,
                         String targetType, String targetId, String purpose, String outcome, String source,
                         String requestId, JsonObject details, String prevHash, String hash) {

    static AuditEvent of(EventView e) {
        JsonObject details = null;
        if (e.details() != null) {
            try (var reader = Json.createReader(new StringReader(e.details()))) {
                details = reader.readObject();
            }
        }
        return new AuditEvent(e.seq(), e.occurredAt(), e.actorType(), e.actorId(), e.tenantId(), e.action(),
                e.targetType(), e.targetId(), e.purpose(), e.outcome(), e.source(), e.requestId(), details,
                e.prevHash(), e.hash());
    }
}
