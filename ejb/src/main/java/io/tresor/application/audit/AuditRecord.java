package io.tresor.application.audit;

import io.tresor.domain.crypto.Purpose;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One event to record, built fluently: {@code AuditRecord.of(AuditAction.USER_INVITED).target("user", id)}.
 * Actor and tenant default to the caller. Details must never hold passwords, tokens or
 * personal data in plain text: they are for ids, reasons and changed attribute names.
 */
public final class AuditRecord {

    final AuditAction action;
    final Instant occurredAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Outcome outcome = Outcome.SUCCESS;
    ActorType actorType;
    String actorId;
    String tenantId;
    String targetType;
    String targetId;
    Purpose purpose;
    String source;
    String requestId;
    final Map<String, String> details = new LinkedHashMap<>();

    private AuditRecord(AuditAction action) {
        this.action = Objects.requireNonNull(action, "action");
    }

    /** The action comes from the catalogue only: a name that is not in it cannot be recorded. */
    public static AuditRecord of(AuditAction action) {
        return new AuditRecord(action);
    }

    public AuditRecord failed(String reason) {
        outcome = Outcome.FAILURE;
        return detail("reason", reason);
    }

    public AuditRecord denied(String reason) {
        outcome = Outcome.DENIED;
        return detail("reason", reason);
    }

    public AuditRecord actor(ActorType type, String id) {
        actorType = Objects.requireNonNull(type);
        actorId = id;
        return this;
    }

    public AuditRecord tenant(String id) {
        tenantId = id;
        return this;
    }

    public AuditRecord target(String type, String id) {
        targetType = type;
        targetId = id;
        return this;
    }

    public AuditRecord purpose(Purpose p) {
        purpose = p;
        return this;
    }

    public AuditRecord detail(String key, Object value) {
        if (value != null) {
            details.put(key, String.valueOf(value));
        }
        return this;
    }

    public AuditAction action() {
        return action;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Failures and refusals happened even if the transaction that saw them rolls back. */
    public boolean survivesRollback() {
        return outcome != Outcome.SUCCESS || action == AuditAction.PERSONAL_DATA_READ;
    }
}
