package io.tresor.application.audit.internal;

import jakarta.annotation.security.PermitAll;
import io.tresor.application.audit.AuditService.EventView;
import io.tresor.application.shared.TenantData;
import io.tresor.application.shared.SystemJob;
import io.tresor.application.shared.SystemReach;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;

/** The audit writes that run in a transaction of their own: events that outlive a rollback, chaining, checkpoints. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@SystemReach(SystemJob.AUDIT_CHAIN)
public class AuditWriter {

    /** The application's data source with the transaction's reach on every connection (row-level security). */
    @Inject
    TenantData data;

    @Inject
    CheckpointSigner signer;

    public void insert(List<PendingEvent> events) {
        try (Connection c = data.dataSource().getConnection()) {
            AuditStore.insert(c, events);
        } catch (SQLException e) {
            throw new IllegalStateException("Audit events could not be written: " + e.getMessage(), e);
        }
    }

    /** Chains up to {@code max} pending events; returns how many. */
    public int chainPending(int max) {
        try (Connection c = data.dataSource().getConnection()) {
            return AuditStore.chainPending(c, max);
        } catch (SQLException e) {
            throw new IllegalStateException("Audit events could not be chained: " + e.getMessage(), e);
        }
    }

    /** Where a subscriber of the chain stands; a new one starts at the head or at the beginning, as it wishes. */
    public long subscriberPosition(String subscriber, boolean startsAtHead) {
        try (Connection c = data.dataSource().getConnection()) {
            OptionalLong stored = AuditStore.position(c, subscriber);
            if (stored.isPresent()) {
                return stored.getAsLong();
            }
            long position = startsAtHead ? AuditStore.head(c).seq() : 0;
            AuditStore.startPosition(c, subscriber, position);
            return position;
        } catch (SQLException e) {
            throw new IllegalStateException("The position of audit subscriber " + subscriber + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    /** Up to {@code max} chained events after {@code position}, in chain order. */
    public List<EventView> chainedAfter(long position, int max) {
        try (Connection c = data.dataSource().getConnection()) {
            return AuditStore.chainedAfter(c, position, max);
        } catch (SQLException e) {
            throw new IllegalStateException("Chained audit events cannot be read: " + e.getMessage(), e);
        }
    }

    /** Moves a subscriber on from {@code from} to {@code to}; false if another cluster member already did. */
    public boolean advance(String subscriber, long from, long to) {
        try (Connection c = data.dataSource().getConnection()) {
            return AuditStore.advance(c, subscriber, from, to);
        } catch (SQLException e) {
            throw new IllegalStateException("Audit subscriber " + subscriber + " cannot move on: " + e.getMessage(), e);
        }
    }

    /** Signs a checkpoint at the head if at least {@code every} events (1 = any) came after the last one. */
    public boolean checkpointIfDue(int every) {
        try (Connection c = data.dataSource().getConnection()) {
            AuditStore.Head head = AuditStore.head(c);
            if (head.seq() == 0 || head.seq() - AuditStore.lastCheckpointSeq(c) < every) {
                return false;
            }
            AuditStore.insertCheckpoint(c, head.seq(), head.hash(), signer.keyId(), signer.sign(head.seq(), head.hash()));
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("An audit checkpoint could not be written: " + e.getMessage(), e);
        }
    }
}
