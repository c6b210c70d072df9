package io.tresor.application.audit;

import io.tresor.application.audit.internal.AuditPipeline;
import io.tresor.application.shared.TenantData;
import io.tresor.application.audit.internal.AuditStore;
import io.tresor.application.audit.internal.AuditWriter;
import io.tresor.application.audit.internal.PendingEvent;
import io.tresor.application.shared.TresorPrincipal;
import io.tresor.application.shared.CallerTenant;
import io.tresor.application.shared.SystemReachGranted;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Observes;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Records audit events. Inside a transaction an event is written with it, just before it
 * commits, so a committed change is never without its event and a crash loses only the events
 * of transactions that did not commit; failures and reads of personal data are written even
 * if the transaction rolls back. Reads of one person's data for one purpose in one transaction
 * become a single event listing the fields.
 */
@ApplicationScoped
public class Audit {

    @Inject
    CallerTenant caller;

    @Inject
    AuditKeys keys;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The application's data source with the transaction's reach on every connection (row-level security). */
    @Inject
    TenantData data;

    @EJB
    AuditPipeline pipeline;

    @EJB
    AuditWriter writer;

    public void record(AuditRecord r) {
        complete(r);
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_ACTIVE) {
            TxBuffer buffer = (TxBuffer) transactions.getResource(TxBuffer.class);
            if (buffer == null) {
                buffer = new TxBuffer();
                transactions.putResource(TxBuffer.class, buffer);
                transactions.registerInterposedSynchronization(buffer);
            }
            if (buffer.add(r)) {
                return;
            }
        }
        if (status == Status.STATUS_NO_TRANSACTION) {
            writer.insert(List.of(toEvent(r)));
        } else if (r.survivesRollback() || status == Status.STATUS_ACTIVE) {
            pipeline.submit(List.of(toEvent(r)));
        }
    }

    /** The first cross-tenant work of a system job since the start (see {@link SystemJob}). */
    void systemReachGranted(@Observes SystemReachGranted granted) {
        record(AuditRecord.of(AuditAction.TENANT_SYSTEM_REACH_USED).actor(ActorType.SYSTEM, null).target("system-job",
                granted.job().name()));
    }

    /** A decryption of personal data by someone other than the person it is about. */
    public void personalDataRead(String tenantId, String recordType, String recordId, String field,
                                 io.tresor.domain.crypto.Purpose purpose) {
        record(AuditRecord.of(AuditAction.PERSONAL_DATA_READ).tenant(tenantId).target(recordType, recordId).purpose(purpose)
                .detail("fields", field));
    }

    private void complete(AuditRecord r) {
        if (r.actorType == null) {
            Optional<TresorPrincipal> p = caller.principal();
            r.actorType = p.map(x -> x.kind() == TresorPrincipal.Kind.USER ? ActorType.USER : ActorType.CLIENT)
                    .orElse(ActorType.SYSTEM);
            r.actorId = p.map(TresorPrincipal::getName).orElse(null);
            if (r.tenantId == null) {
                r.tenantId = p.map(TresorPrincipal::tenantId).orElse(null);
            }
        }
        RequestOrigin origin = RequestOrigin.current();
        if (origin != null && r.source == null) {
            // Pseudonymised: equal addresses stay comparable (security events), the address itself is not stored.
            r.source = origin.address() == null ? null
                    : keys.sourcePseudonym(origin.address());
            r.requestId = origin.requestId();
        }
    }

    static PendingEvent toEvent(AuditRecord r) {
        String details = null;
        if (!r.details.isEmpty()) {
            JsonObjectBuilder json = Json.createObjectBuilder();
            r.details.forEach(json::add);
            details = json.build().toString();
        }
        return new PendingEvent(r.occurredAt, r.actorType.name(), r.actorId, r.tenantId, r.action.value(), r.targetType,
                r.targetId, r.purpose == null ? null : r.purpose.name(), r.outcome.name(), r.source, r.requestId, details);
    }

    /** The events of one transaction, written into it just before it commits. */
    private final class TxBuffer implements Synchronization {

        private final List<AuditRecord> records = new ArrayList<>();
        /** Reads of one person's data by one actor for one purpose, merged into the first such event. */
        private final Map<String, AuditRecord> reads = new HashMap<>();
        private boolean written;

        /** False once the buffer has been written: later events go their own way. */
        boolean add(AuditRecord r) {
            if (written) {
                return false;
            }
            if (r.action == AuditAction.PERSONAL_DATA_READ) {
                String key = String.join("|", String.valueOf(r.actorId), r.targetType, r.targetId, String.valueOf(r.purpose));
                AuditRecord earlier = reads.putIfAbsent(key, r);
                if (earlier != null) {
                    TreeSet<String> fields = new TreeSet<>(List.of(earlier.details.get("fields").split(",")));
                    fields.add(r.details.get("fields"));
                    earlier.details.put("fields", String.join(",", fields));
                    return true;
                }
            }
            records.add(r);
            return true;
        }

        @Override
        public void beforeCompletion() {
            if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE || records.isEmpty()) {
                return;
            }
            List<PendingEvent> events = records.stream().map(Audit::toEvent).toList();
            try (Connection c = data.dataSource().getConnection()) {
                AuditStore.insert(c, events);
                written = true;
            } catch (SQLException e) {
                // No audit, no commit: the change must not happen without its trace.
                throw new IllegalStateException("Audit events could not be written: " + e.getMessage(), e);
            }
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                List<PendingEvent> surviving = records.stream().filter(AuditRecord::survivesRollback)
                        .map(Audit::toEvent).toList();
                if (!surviving.isEmpty()) {
                    pipeline.submit(surviving);
                }
            }
        }
    }
}
