package io.tresor.application.audit.internal;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Verifies the stored trail: every checkpoint signature first, then the whole chain as a
 * stream. Reading rows and hashing events take about the same time, so one thread reads while
 * the caller hashes (two cores: close to twice the rate of doing both in turn).
 */
public final class AuditVerifier {

    /** The outcome of a verification; {@code firstBroken} and {@code problem} are null for an intact trail. */
    public record Result(boolean intact, long eventsChecked, long checkpointsChecked, Long firstBroken, String problem,
                         long millis) {
    }

    private AuditVerifier() {
    }

    /** Reads on a thread of its own (outside a container; the application passes its managed executor). */
    private static final ExecutorService READER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "audit-verification-reader");
        t.setDaemon(true);
        return t;
    });
    private static final int BATCH = 2_000;
    private static final List<Row> END = List.of();

    private record Row(long seq, String prev, String hash, PendingEvent event) {
    }

    public static Result verify(Connection c, Function<String, Optional<PublicKey>> keys) throws SQLException {
        return verify(c, keys, READER);
    }

    public static Result verify(Connection c, Function<String, Optional<PublicKey>> keys, Executor reader)
            throws SQLException {
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
        walk(c, walker, reader);
        walker.finish(AuditStore.head(c).seq());
        return new Result(walker.brokenAt() == null, walker.checked(), checkpoints.size(), walker.brokenAt(),
                walker.problem(), (System.nanoTime() - started) / 1_000_000);
    }

    private static void walk(Connection c, ChainWalker walker, Executor reader) throws SQLException {
        BlockingQueue<List<Row>> queue = new ArrayBlockingQueue<>(16);
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> read(c, queue, stop), reader);
        try {
            outer:
            for (List<Row> batch = take(queue); !batch.isEmpty(); batch = take(queue)) {
                for (Row r : batch) {
                    if (!walker.accept(r.seq(), r.prev(), r.hash(), r.event())) {
                        break outer;
                    }
                }
            }
        } finally {
            // Stopped early (a broken link) or done: let the reader go, it must not block on a full queue.
            stop.set(true);
            queue.clear();
        }
        try {
            reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedSql sql) {
                throw sql.getCause();
            }
            throw e;
        }
    }

    private static void read(Connection c, BlockingQueue<List<Row>> queue, AtomicBoolean stop) {
        try (PreparedStatement ps = c.prepareStatement(AuditStore.CHAIN_FOR_VERIFICATION)) {
            // A cursor instead of the whole table in memory (PostgreSQL needs a transaction for that).
            ps.setFetchSize(5_000);
            try (ResultSet rs = ps.executeQuery()) {
                List<Row> batch = new ArrayList<>(BATCH);
                while (!stop.get() && rs.next()) {
                    batch.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), AuditStore.readForVerification(rs)));
                    if (batch.size() == BATCH) {
                        put(queue, batch, stop);
                        batch = new ArrayList<>(BATCH);
                    }
                }
                if (!batch.isEmpty()) {
                    put(queue, batch, stop);
                }
            }
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        } finally {
            put(queue, END, stop);
        }
    }

    private static void put(BlockingQueue<List<Row>> queue, List<Row> batch, AtomicBoolean stop) {
        try {
            while (!stop.get() && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                // the walker is busy; try again unless it has stopped
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Row> take(BlockingQueue<List<Row>> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Verification interrupted", e);
        }
    }

    private static final class UncheckedSql extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedSql(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
