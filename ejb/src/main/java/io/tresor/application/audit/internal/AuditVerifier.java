package io.tresor.application.audit.internal;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Verifies the stored trail: every checkpoint signature first, then the whole chain as a stream. */
public final class AuditVerifier {

    /** The outcome of a verification; {@code firstBroken} and {@code problem} are null for an intact trail. */
    public record Result(boolean intact, long eventsChecked, long checkpointsChecked, Long firstBroken, String problem,
                         long millis) {
    }

    private AuditVerifier() {
    }

    public static Result verify(Connection c, Function<String, Optional<PublicKey>> keys) throws SQLException {
        long started = System.nanoTime();
        Map<Long, String> checkpoints = new HashMap<>();
        ChainWalker walker = new ChainWalker(checkpoints);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT chain_seq, hash, key_id, signature FROM audit_checkpoint ORDER BY chain_seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long seq = rs.getLong(1);
                String hash = rs.getString(2);
                Optional<PublicKey> key = keys.apply(rs.getString(3));
                if (key.isEmpty() || !CheckpointSigner.verify(key.get(), seq, hash, rs.getString(4))) {
                    walker.broken(seq, "the checkpoint at event " + seq + " has no valid signature");
                }
                checkpoints.put(seq, hash);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(AuditStore.CHAIN_FOR_VERIFICATION)) {
            // A cursor instead of the whole table in memory (PostgreSQL needs a transaction for that).
            ps.setFetchSize(5_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && walker.accept(rs.getLong(1), rs.getString(2), rs.getString(3),
                        AuditStore.readForVerification(rs))) {
                    // accept() does the work
                }
            }
        }
        walker.finish(AuditStore.head(c).seq());
        return new Result(walker.brokenAt() == null, walker.checked(), checkpoints.size(), walker.brokenAt(),
                walker.problem(), (System.nanoTime() - started) / 1_000_000);
    }
}
