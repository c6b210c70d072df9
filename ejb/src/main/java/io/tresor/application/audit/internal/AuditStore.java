package io.tresor.application.audit.internal;

import io.tresor.application.audit.AuditService.EventView;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The audit tables through plain JDBC on a connection the caller owns (the business
 * transaction's, the chainer's, or a benchmark's): no JPA, because the trail is written in
 * batches and read as a stream, and because the entity cache must never hold audit rows.
 */
public final class AuditStore {

    static final String COLUMNS = "occurred_at, actor_type, actor_id, tenant_id, action, target_type, target_id,"
            + " purpose, outcome, source, request_id, details";

    /** The last chained event: its sequence number and hash ({@link AuditChain#GENESIS} before the first). */
    public record Head(long seq, String hash) {
    }

    private AuditStore() {
    }

    public static void insert(Connection c, List<PendingEvent> events) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PendingEvent e : events) {
                // Milliseconds, exactly what the chain hashes: PostgreSQL would keep microseconds.
                ps.setObject(1, OffsetDateTime.ofInstant(e.occurredAt().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC));
                setText(ps, 2, e.actorType());
                setText(ps, 3, e.actorId());
                setText(ps, 4, e.tenantId());
                setText(ps, 5, e.action());
                setText(ps, 6, e.targetType());
                setText(ps, 7, e.targetId());
                setText(ps, 8, e.purpose());
                setText(ps, 9, e.outcome());
                setText(ps, 10, e.source());
                setText(ps, 11, e.requestId());
                setText(ps, 12, e.details());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Links up to {@code max} unchained events, oldest first, to the chain and moves the head.
     * The head row is locked for the transaction, so two chainers (two cluster members) take
     * turns instead of forking the chain. Returns the number of events chained.
     */
    public static int chainPending(Connection c, int max) throws SQLException {
        Head head;
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("audit_chain_head is missing");
            }
            head = new Head(rs.getLong(1), rs.getString(2));
        }
        List<Long> ids = new ArrayList<>();
        List<PendingEvent> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, " + COLUMNS
                + " FROM audit_event WHERE chain_seq IS NULL ORDER BY id LIMIT ?")) {
            ps.setInt(1, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    events.add(read(rs, 2));
                }
            }
        }
        if (events.isEmpty()) {
            return 0;
        }
        long seq = head.seq();
        String prev = head.hash();
        try (PreparedStatement ps = c.prepareStatement(
                // By primary key only: with "AND chain_seq IS NULL" H2 (and PostgreSQL once analysed)
                // pick the chain_seq index and scan every waiting event per row (measured by the
                // benchmark). The head row locked above already keeps chainers from overlapping.
                "UPDATE audit_event SET chain_seq = ?, prev_hash = ?, hash = ? WHERE id = ?")) {
            for (int i = 0; i < events.size(); i++) {
                seq++;
                String hash = AuditChain.hash(prev, seq, events.get(i));
                ps.setLong(1, seq);
                ps.setString(2, prev);
                ps.setString(3, hash);
                ps.setLong(4, ids.get(i));
                ps.addBatch();
                prev = hash;
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            ps.setLong(1, seq);
            ps.setString(2, prev);
            ps.executeUpdate();
        }
        return events.size();
    }

    public static Head head(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : new Head(0, AuditChain.GENESIS);
        }
    }

    public static long lastCheckpointSeq(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(chain_seq) FROM audit_checkpoint");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    public static void insertCheckpoint(Connection c, long seq, String hash, String keyId, String signature)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit_checkpoint (chain_seq, hash, created_at, key_id, signature) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setString(2, hash);
            ps.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            ps.setString(4, keyId);
            ps.setString(5, signature);
            ps.executeUpdate();
        }
    }

    /** How far a subscriber got, or empty if it never ran. */
    public static OptionalLong position(Connection c, String subscriber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM audit_forwarding WHERE target = ?")) {
            ps.setString(1, subscriber);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    public static void startPosition(Connection c, String subscriber, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_forwarding (target, last_seq) VALUES (?, ?)")) {
            ps.setString(1, subscriber);
            ps.setLong(2, seq);
            ps.executeUpdate();
        }
    }

    /** Moves a subscriber on, only if nobody else (another cluster member) moved it meanwhile. */
    public static boolean advance(Connection c, String subscriber, long from, long to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE audit_forwarding SET last_seq = ? WHERE target = ? AND last_seq = ?")) {
            ps.setLong(1, to);
            ps.setString(2, subscriber);
            ps.setLong(3, from);
            return ps.executeUpdate() == 1;
        }
    }

    /** Chained events after the given sequence number, in chain order. */
    public static List<EventView> chainedAfter(Connection c, long seq, int max)
            throws SQLException {
        List<EventView> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT chain_seq, prev_hash, hash, " + COLUMNS
                + " FROM audit_event WHERE chain_seq > ? ORDER BY chain_seq LIMIT ?")) {
            ps.setLong(1, seq);
            ps.setInt(2, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(view(rs));
                }
            }
        }
        return events;
    }

    /** A row of {@code chain_seq, prev_hash, hash, COLUMNS}. */
    public static EventView view(ResultSet rs) throws SQLException {
        PendingEvent e = read(rs, 4);
        return new EventView(rs.getLong(1), e.occurredAt(), e.actorType(),
                e.actorId(), e.tenantId(), e.action(), e.targetType(), e.targetId(), e.purpose(), e.outcome(), e.source(),
                e.requestId(), e.details(), rs.getString(2), rs.getString(3));
    }

    /**
     * The chain as the verifier reads it, in order ({@code chain_seq, prev_hash, hash, COLUMNS}).
     * The time is read as stored and converted in Java: computing epoch milliseconds in SQL
     * costs both databases decimal arithmetic per row, more than hashing the event. The row
     * limit (the stretch's length) is what makes H2 stop at the stretch's end: it uses the
     * index for the lower bound only.
     */
    static final String CHAIN_FOR_VERIFICATION = "SELECT chain_seq, prev_hash, hash, " + COLUMNS
            + " FROM audit_event WHERE chain_seq > ? AND chain_seq <= ? ORDER BY chain_seq FETCH FIRST ? ROWS ONLY";

    /** Reads the {@link #COLUMNS} starting at the given column index. */
    static PendingEvent read(ResultSet rs, int first) throws SQLException {
        Instant at = rs.getObject(first, OffsetDateTime.class).toInstant();
        return new PendingEvent(at, rs.getString(first + 1), rs.getString(first + 2), rs.getString(first + 3),
                rs.getString(first + 4), rs.getString(first + 5), rs.getString(first + 6), rs.getString(first + 7),
                rs.getString(first + 8), rs.getString(first + 9), rs.getString(first + 10), rs.getString(first + 11));
    }

    private static void setText(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
