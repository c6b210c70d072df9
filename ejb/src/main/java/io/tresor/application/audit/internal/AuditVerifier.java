package io.tresor.application.audit.internal;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Verifies the stored trail: the chain and the signed checkpoints. A signed checkpoint vouches
 * for the hash of its event, so the stretches between checkpoints are independent: each is
 * walked from its checkpoint's hash, after checking the signatures it relies on, several at
 * once on connections of their own (on PostgreSQL the database's work of reading rows then
 * runs beside the hashing). The first broken event of all stretches is the answer, the same as
 * a walk from the start.
 */
public final class AuditVerifier {

    /** The outcome of a verification; {@code firstBroken} and {@code problem} are null for an intact trail. */
    public record Result(boolean intact, long eventsChecked, long checkpointsChecked, Long firstBroken, String problem,
                         long millis) {
    }

    /** Where the parallel walkers get their connections (a data source; each walker closes its own). */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    /** Work of one walker on one connection. */
    @FunctionalInterface
    public interface Walk {
        void on(Connection c) throws SQLException;
    }

    /**
     * Runs each walker's work on a connection of its own, in whatever transaction the caller
     * chooses: the application runs it in a transaction of the verification's system job, so
     * that row-level security shows the walker every tenant's events.
     */
    @FunctionalInterface
    public interface Walks {
        void run(Walk walk) throws SQLException;
    }

    /**
     * Events per stretch at most: big enough that a query per stretch costs nothing, small enough
     * that a stretch read without a cursor (PostgreSQL outside a transaction) stays a few MB.
     */
    static final long STRETCH_EVENTS = 20_000;

    private AuditVerifier() {
    }

    /** Threads for callers outside a container; the application passes its managed executor. */
    private static final ExecutorService WALKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "audit-verification");
        t.setDaemon(true);
        return t;
    });

    private record Checkpoint(long seq, String hash, String keyId, String signature) {
    }

    /** From the event after {@code after} (whose hash is {@code afterHash}) up to {@code upTo}. */
    private record Stretch(long after, String afterHash, long upTo) {
    }

    /** One stretch after the other on the caller's connection. */
    public static Result verify(Connection c, Function<String, Optional<PublicKey>> keys) throws SQLException {
        long started = System.nanoTime();
        Plan plan = Plan.of(c, keys, 1, STRETCH_EVENTS);
        walkStretches(c, plan);
        return plan.result(started);
    }

    /** On {@code walkers} connections at once. */
    public static Result verify(ConnectionSource source, Function<String, Optional<PublicKey>> keys, Executor executor,
                                int walkers) throws SQLException {
        return verify(source, keys, executor, walkers, STRETCH_EVENTS);
    }

    public static Result verify(ConnectionSource source, Function<String, Optional<PublicKey>> keys, int walkers)
            throws SQLException {
        return verify(source, keys, WALKERS, walkers, STRETCH_EVENTS);
    }

    static Result verify(ConnectionSource source, Function<String, Optional<PublicKey>> keys, Executor executor,
                         int walkers, long stretchEvents) throws SQLException {
        return verify(walk -> {
            try (Connection c = source.open()) {
                walk.on(c);
            }
        }, keys, executor, walkers, stretchEvents);
    }

    /** On {@code walkers} connections at once, each one's work run by {@code walks}. */
    public static Result verify(Walks walks, Function<String, Optional<PublicKey>> keys, Executor executor, int walkers)
            throws SQLException {
        return verify(walks, keys, executor, walkers, STRETCH_EVENTS);
    }

    static Result verify(Walks walks, Function<String, Optional<PublicKey>> keys, Executor executor,
                         int walkers, long stretchEvents) throws SQLException {
        long started = System.nanoTime();
        Plan[] planned = new Plan[1];
        walks.run(c -> planned[0] = Plan.of(c, keys, walkers, stretchEvents));
        Plan plan = planned[0];
        List<CompletableFuture<Void>> running = new ArrayList<>(walkers);
        for (int i = 0; i < walkers; i++) {
            running.add(CompletableFuture.runAsync(() -> {
                try {
                    walks.run(c -> walkStretches(c, plan));
                } catch (SQLException e) {
                    throw new UncheckedSql(e);
                }
            }, executor));
        }
        try {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedSql sql) {
                throw sql.getCause();
            }
            throw e;
        }
        return plan.result(started);
    }

    /** Takes stretches in chain order until none is left; stretches after a known break are skipped. */
    private static void walkStretches(Connection c, Plan plan) throws SQLException {
        for (Stretch s = plan.stretches.poll(); s != null; s = plan.stretches.poll()) {
            if (!plan.isPastBreak(s)) {
                walk(c, s, plan);
            }
        }
    }

    private static void walk(Connection c, Stretch s, Plan plan) throws SQLException {
        plan.checkSignatures(s);
        ChainWalker walker = new ChainWalker(plan::signedHashAt, s.after(), s.afterHash());
        try (PreparedStatement ps = c.prepareStatement(AuditStore.CHAIN_FOR_VERIFICATION)) {
            ps.setLong(1, s.after());
            ps.setLong(2, s.upTo());
            ps.setLong(3, s.upTo() - s.after());
            ps.setFetchSize(5_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()
                        && walker.accept(rs.getLong(1), rs.getString(2), rs.getString(3), AuditStore.read(rs, 4))) {
                    // accepted; the next one
                }
            }
        }
        walker.finish(s.upTo() == Long.MAX_VALUE ? plan.lastKnown : s.upTo());
        plan.checked.addAndGet(walker.checked());
        if (walker.brokenAt() != null) {
            plan.broken(walker.brokenAt(), walker.problem());
        }
    }

    /** What the signed checkpoints vouch for, the stretches still to walk, and the first break found so far. */
    private static final class Plan {
        final NavigableMap<Long, Checkpoint> checkpoints = new TreeMap<>();
        final Queue<Stretch> stretches = new ConcurrentLinkedQueue<>();
        final AtomicLong checked = new AtomicLong();
        final Function<String, Optional<PublicKey>> keys;
        /** The last event the head or any checkpoint knows of: the chain must reach it. */
        long lastKnown;
        private Long firstBroken;
        private String problem;

        private Plan(Function<String, Optional<PublicKey>> keys) {
            this.keys = keys;
        }

        static Plan of(Connection c, Function<String, Optional<PublicKey>> keys, int walkers, long stretchEvents)
                throws SQLException {
            Plan plan = new Plan(keys);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT chain_seq, hash, key_id, signature FROM audit_checkpoint ORDER BY chain_seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    plan.checkpoints.put(seq, new Checkpoint(seq, rs.getString(2), rs.getString(3), rs.getString(4)));
                    plan.lastKnown = seq;
                }
            }
            plan.lastKnown = Math.max(plan.lastKnown, AuditStore.head(c).seq());
            // Enough stretches for every walker to have several (they differ in speed), none too big.
            long size = Math.max(1, Math.min(stretchEvents, plan.lastKnown / (walkers * 4L)));
            long after = 0;
            String afterHash = AuditChain.GENESIS;
            for (Checkpoint cp : plan.checkpoints.values()) {
                if (cp.seq() - after >= size) {
                    plan.stretches.add(new Stretch(after, afterHash, cp.seq()));
                    after = cp.seq();
                    afterHash = cp.hash();
                }
            }
            plan.stretches.add(new Stretch(after, afterHash, Long.MAX_VALUE));
            return plan;
        }

        /**
         * The signatures of the checkpoints a stretch ends with or passes, checked by its walker
         * before the walk. A stretch may start from a checkpoint that turns out forged: that is
         * then a break at the checkpoint itself, before anything the stretch could find.
         */
        void checkSignatures(Stretch s) {
            for (Checkpoint cp : checkpoints.subMap(s.after(), false, s.upTo(), true).values()) {
                Optional<PublicKey> key = keys.apply(cp.keyId());
                if (key.isEmpty() || !CheckpointSigner.verify(key.get(), cp.seq(), cp.hash(), cp.signature())) {
                    broken(cp.seq(), "the checkpoint at event " + cp.seq() + " has no valid signature");
                }
            }
        }

        String signedHashAt(long seq) {
            Checkpoint cp = checkpoints.get(seq);
            return cp == null ? null : cp.hash();
        }

        synchronized void broken(long seq, String why) {
            if (firstBroken == null || seq < firstBroken) {
                firstBroken = seq;
                problem = why;
            }
        }

        synchronized boolean isPastBreak(Stretch s) {
            return firstBroken != null && s.after() >= firstBroken;
        }

        synchronized Result result(long startedNanos) {
            // Every stretch before the first break was walked whole, so everything before it is verified.
            long events = firstBroken == null ? checked.get() : firstBroken - 1;
            return new Result(firstBroken == null, events, checkpoints.size(), firstBroken, problem,
                    (System.nanoTime() - startedNanos) / 1_000_000);
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
