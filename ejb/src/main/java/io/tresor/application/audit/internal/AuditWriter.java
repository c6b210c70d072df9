package io.tresor.application.audit.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** The audit writes that run in a transaction of their own: events that outlive a rollback, chaining, checkpoints. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditWriter {

    @Resource(lookup = "jdbc/tresor")
    DataSource dataSource;

    @Inject
    CheckpointSigner signer;

    public void insert(List<PendingEvent> events) {
        try (Connection c = dataSource.getConnection()) {
            AuditStore.insert(c, events);
        } catch (SQLException e) {
            throw new IllegalStateException("Audit events could not be written: " + e.getMessage(), e);
        }
    }

    /** Chains up to {@code max} pending events; returns how many. */
    public int chainPending(int max) {
        try (Connection c = dataSource.getConnection()) {
            return AuditStore.chainPending(c, max);
        } catch (SQLException e) {
            throw new IllegalStateException("Audit events could not be chained: " + e.getMessage(), e);
        }
    }

    /** Signs a checkpoint at the head if at least {@code every} events (1 = any) came after the last one. */
    public boolean checkpointIfDue(int every) {
        try (Connection c = dataSource.getConnection()) {
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
