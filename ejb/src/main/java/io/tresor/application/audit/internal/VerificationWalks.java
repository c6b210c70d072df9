package io.tresor.application.audit.internal;

import io.tresor.application.shared.SystemJob;
import io.tresor.application.shared.TenantData;
import io.tresor.application.shared.SystemReach;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs one walker of the audit verification in a transaction of its own under the system reach
 * of verification: the chain covers every tenant's events, and row-level security shows them
 * only to that reach. Only the verdict leaves the audit capability.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@SystemReach(SystemJob.AUDIT_VERIFICATION)
public class VerificationWalks {

    /** The application's data source with the transaction's reach on every connection (row-level security). */
    @Inject
    TenantData data;

    public void run(AuditVerifier.Walk walk) throws SQLException {
        try (Connection c = data.dataSource().getConnection()) {
            walk.on(c);
        }
    }
}
