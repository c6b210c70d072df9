package io.tresor.systemtest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tresor.application.audit.internal.AuditStore;
import io.tresor.application.audit.internal.AuditVerifier;
import io.tresor.application.audit.internal.CheckpointSigner;
import io.tresor.application.audit.internal.PendingEvent;
import io.tresor.systemtest.support.Database;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL only (CI's second run): the database itself refuses to change or delete audit
 * records, and if someone with owner rights switches that off and edits, deletes or reorders
 * rows, verification names the first broken event. Runs in a schema of its own, built by the
 * application's migrations, so the suite's trail stays untouched.
 */
class AppendOnlyIT {

    private static PendingEvent event(int n) {
        return new PendingEvent(Instant.now(), "USER", "u-" + n, "t-1", "user.changed", "user", "x-" + n, null,
                "SUCCESS", null, null, null);
    }

    private interface Work {
        void run(Connection c, KeyPair key) throws Exception;
    }

    private void inFreshSchema(Work work) throws Exception {
        assumeTrue(Database.postgresUrl().isPresent(), "PostgreSQL only: H2 has no triggers written in SQL");
        String schema = "audit_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Flyway.configure().dataSource(Database.postgresUrl().get(), Database.owner(), Database.ownerPassword())
                .schemas(schema).createSchemas(true)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair key = g.generateKeyPair();
        try (Connection c = Database.connectAsOwner()) {
            sql(c, "SET search_path TO " + schema);
            List<PendingEvent> events = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                events.add(event(i));
            }
            AuditStore.insert(c, events);
            AuditStore.chainPending(c, 1000);
            AuditStore.Head head = AuditStore.head(c);
            AuditStore.insertCheckpoint(c, head.seq(), head.hash(), "k", CheckpointSigner.sign(key.getPrivate(),
                    head.seq(), head.hash()));
            work.run(c, key);
        } finally {
            try (Connection c = Database.connectAsOwner()) {
                sql(c, "DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void sql(Connection c, String statement) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static AuditVerifier.Result verify(Connection c, KeyPair key) throws SQLException {
        return AuditVerifier.verify(c, id -> Optional.of(key.getPublic()));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditRecords() throws Exception {
        inFreshSchema((c, key) -> {
            SQLException update = assertThrows(SQLException.class,
                    () -> sql(c, "UPDATE audit_event SET action = 'forged' WHERE chain_seq = 3"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> sql(c, "DELETE FROM audit_event WHERE chain_seq = 3"));
            assertThrows(SQLException.class, () -> sql(c, "TRUNCATE audit_event"));
            assertThrows(SQLException.class, () -> sql(c, "UPDATE audit_event SET hash = NULL WHERE chain_seq = 3"));
            assertThrows(SQLException.class, () -> sql(c, "DELETE FROM audit_checkpoint"));
            AuditVerifier.Result result = verify(c, key);
            assertTrue(result.intact(), result.problem());
            assertEquals(40, result.eventsChecked());
        });
    }

    @Test
    void editingDeletingAndReorderingBehindTheTriggersBackIsNamed() throws Exception {
        inFreshSchema((c, key) -> {
            sql(c, "ALTER TABLE audit_event DISABLE TRIGGER USER");
            sql(c, "UPDATE audit_event SET target_id = 'someone-else' WHERE chain_seq = 12");
            AuditVerifier.Result edited = verify(c, key);
            assertFalse(edited.intact());
            assertEquals(12L, edited.firstBroken(), edited.problem());

            sql(c, "DELETE FROM audit_event WHERE chain_seq = 7");
            assertEquals(7L, verify(c, key).firstBroken());

            sql(c, "UPDATE audit_event SET chain_seq = -1 WHERE chain_seq = 3");
            sql(c, "UPDATE audit_event SET chain_seq = 3 WHERE chain_seq = 4");
            sql(c, "UPDATE audit_event SET chain_seq = 4 WHERE chain_seq = -1");
            assertEquals(3L, verify(c, key).firstBroken());
        });
    }
}
