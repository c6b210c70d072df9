package io.tresor.application.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chain on the real schema (H2, the embedded default): written, chained, checkpointed,
 * then tampered with directly in the database the way an attacker with SQL access would.
 */
class AuditTrailTest {

    private JdbcDataSource ds;
    private Connection c;
    private KeyPair signing;

    @BeforeEach
    void database() throws Exception {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
        c = ds.getConnection();
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        signing = g.generateKeyPair();
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    private static PendingEvent event(int n) {
        return new PendingEvent(Instant.parse("2026-11-22T10:00:00Z").plusMillis(n), "USER", "u-" + (n % 7), "t-1",
                "user.changed", "user", "x-" + n, null, "SUCCESS", "src", "req-" + n, "{\"n\":\"" + n + "\"}");
    }

    private void append(int from, int to) throws SQLException {
        List<PendingEvent> events = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            events.add(event(i));
        }
        AuditStore.insert(c, events);
        AuditStore.chainPending(c, 10_000);
    }

    private void checkpoint() throws SQLException {
        AuditStore.Head head = AuditStore.head(c);
        AuditStore.insertCheckpoint(c, head.seq(), head.hash(), "k1",
                CheckpointSigner.sign(signing.getPrivate(), head.seq(), head.hash()));
    }

    private AuditVerifier.Result verify() throws SQLException {
        PublicKey key = signing.getPublic();
        return AuditVerifier.verify(c, id -> "k1".equals(id) ? Optional.of(key) : Optional.empty());
    }

    /** Stretches of one checkpoint each, walked by three walkers on connections of their own. */
    private AuditVerifier.Result verifyInParallel() throws SQLException {
        PublicKey key = signing.getPublic();
        ExecutorService walkers = Executors.newFixedThreadPool(3);
        try {
            return AuditVerifier.verify(ds::getConnection, id -> "k1".equals(id) ? Optional.of(key) : Optional.empty(),
                    walkers, 3, 1);
        } finally {
            walkers.shutdown();
        }
    }

    /** 1,000 events with a checkpoint after every hundred, and 50 more after the last checkpoint. */
    private void appendWithCheckpoints() throws SQLException {
        for (int from = 1; from <= 1000; from += 100) {
            append(from, from + 99);
            checkpoint();
        }
        append(1001, 1050);
    }

    private void sql(String statement) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @Test
    void anUntouchedTrailVerifies() throws Exception {
        append(1, 500);
        checkpoint();
        append(501, 750);
        AuditVerifier.Result result = verify();
        assertTrue(result.intact(), result.problem());
        assertEquals(750, result.eventsChecked());
        assertEquals(1, result.checkpointsChecked());
        assertNull(result.firstBroken());
    }

    @Test
    void theHashIsExactlyTheDocumentedRuleAlsoBeyondAscii() {
        PendingEvent e = new PendingEvent(Instant.ofEpochMilli(1_795_370_000_123L), "USER", "u-1", null, "user.renamed",
                "user", "x-1", "SUPPORT", "SUCCESS", "src", "req", "{\"name\":\"Jürgen Groß 🙂\"}");
        // The rule as docs/verify-audit-export.py and the README state it, built as one string.
        StringBuilder rule = new StringBuilder("tresor-audit-v1");
        for (String v : new String[] {"0".repeat(64), "7", "1795370000123", "USER", "u-1", null, "user.renamed", "user",
                "x-1", "SUPPORT", "SUCCESS", "src", "req", e.details()}) {
            rule.append('|').append(v == null ? "-1:" : v.length() + ":" + v);
        }
        String expected = java.util.HexFormat.of().formatHex(sha256(rule.toString()));
        assertEquals(expected, AuditChain.hash("0".repeat(64), 7, e));
    }

    private static byte[] sha256(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Test
    void eventsCommittedLaterAreChainedAfterTheOthers() throws Exception {
        append(1, 10);
        AuditStore.insert(c, List.of(event(11)));
        assertEquals(10, AuditStore.head(c).seq(), "unchained events are not part of the chain yet");
        assertEquals(1, AuditStore.chainPending(c, 100));
        assertEquals(0, AuditStore.chainPending(c, 100));
        assertTrue(verify().intact());
    }

    @Test
    void anEditedEventIsNamed() throws Exception {
        append(1, 100);
        sql("UPDATE audit_event SET details = '{\"n\":\"forged\"}' WHERE chain_seq = 42");
        AuditVerifier.Result result = verify();
        assertFalse(result.intact());
        assertEquals(42L, result.firstBroken());
        assertTrue(result.problem().contains("altered"), result.problem());
    }

    @Test
    void aDeletedEventIsNamed() throws Exception {
        append(1, 100);
        sql("DELETE FROM audit_event WHERE chain_seq = 17");
        AuditVerifier.Result result = verify();
        assertEquals(17L, result.firstBroken());
        assertTrue(result.problem().contains("missing"), result.problem());
    }

    @Test
    void reorderedEventsAreNamed() throws Exception {
        append(1, 100);
        sql("UPDATE audit_event SET chain_seq = -1 WHERE chain_seq = 30");
        sql("UPDATE audit_event SET chain_seq = 30 WHERE chain_seq = 31");
        sql("UPDATE audit_event SET chain_seq = 31 WHERE chain_seq = -1");
        AuditVerifier.Result result = verify();
        assertEquals(30L, result.firstBroken());
    }

    @Test
    void aRehashedHistoryContradictsTheSignedCheckpoint() throws Exception {
        append(1, 50);
        checkpoint();
        // The attacker edits event 20 and recomputes every hash after it, so the chain itself is consistent.
        sql("UPDATE audit_event SET details = '{\"n\":\"forged\"}' WHERE chain_seq = 20");
        String prev = AuditChain.GENESIS;
        for (long seq = 1; seq <= 50; seq++) {
            PendingEvent e = read(seq);
            String hash = AuditChain.hash(prev, seq, e);
            sql("UPDATE audit_event SET prev_hash = '" + prev + "', hash = '" + hash + "' WHERE chain_seq = " + seq);
            prev = hash;
        }
        AuditVerifier.Result result = verify();
        assertEquals(50L, result.firstBroken());
        assertTrue(result.problem().contains("checkpoint"), result.problem());
    }

    @Test
    void droppingTheNewestEventsIsNoticed() throws Exception {
        append(1, 60);
        sql("DELETE FROM audit_event WHERE chain_seq > 57");
        AuditVerifier.Result result = verify();
        assertEquals(58L, result.firstBroken());
    }

    @Test
    void aForgedCheckpointSignatureIsNamed() throws Exception {
        append(1, 10);
        AuditStore.insertCheckpoint(c, 10, AuditStore.head(c).hash(), "k1", "MEUCIQDforged");
        AuditVerifier.Result result = verify();
        assertEquals(10L, result.firstBroken());
        assertTrue(result.problem().contains("signature"), result.problem());
    }

    @Test
    void stretchesWalkedAtOnceVerifyAnIntactTrail() throws Exception {
        appendWithCheckpoints();
        AuditVerifier.Result result = verifyInParallel();
        assertTrue(result.intact(), result.problem());
        assertEquals(1050, result.eventsChecked());
        assertEquals(10, result.checkpointsChecked());
    }

    @Test
    void stretchesWalkedAtOnceNameTheFirstBreakOfAll() throws Exception {
        appendWithCheckpoints();
        sql("UPDATE audit_event SET details = '{\"n\":\"forged\"}' WHERE chain_seq IN (320, 750, 1020)");
        AuditVerifier.Result result = verifyInParallel();
        assertEquals(320L, result.firstBroken(), result.problem());
        assertEquals(319, result.eventsChecked(), "everything before the first break was verified");
        assertEquals(result.firstBroken(), verify().firstBroken(), "the same answer as one walk from the start");
    }

    @Test
    void stretchesWalkedAtOnceNoticeEventsMissingBeforeACheckpoint() throws Exception {
        appendWithCheckpoints();
        sql("DELETE FROM audit_event WHERE chain_seq BETWEEN 595 AND 600");
        AuditVerifier.Result result = verifyInParallel();
        assertEquals(595L, result.firstBroken());
        assertTrue(result.problem().contains("missing"), result.problem());
    }

    @Test
    void stretchesWalkedAtOnceNoticeADroppedTail() throws Exception {
        appendWithCheckpoints();
        sql("DELETE FROM audit_event WHERE chain_seq > 1040");
        assertEquals(1041L, verifyInParallel().firstBroken(), "the head still knows of event 1050");
    }

    private PendingEvent read(long seq) throws SQLException {
        try (var ps = c.prepareStatement("SELECT " + AuditStore.COLUMNS + " FROM audit_event WHERE chain_seq = ?")) {
            ps.setLong(1, seq);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return AuditStore.read(rs, 1);
            }
        }
    }
}
