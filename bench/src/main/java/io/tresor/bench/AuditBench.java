package io.tresor.bench;

import io.tresor.application.audit.internal.AuditChain;
import io.tresor.application.audit.internal.AuditStore;
import io.tresor.application.audit.internal.AuditVerifier;
import io.tresor.application.audit.internal.ChainWalker;
import io.tresor.application.audit.internal.CheckpointSigner;
import io.tresor.application.audit.internal.PendingEvent;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The audit trail on a real database (issue targets: 20,000 chained appends/s, and a
 * 1,000,000-event trail verified at 500,000 events/s), through the application's own JDBC
 * classes. Appends are modelled on the application: business transactions insert their events
 * and commit, while the single chainer links them in transactions of its own.
 */
@ComponentBenchmark("measures the chainer, walker and verifier on a million events; through the portal it would measure HTTP")
final class AuditBench {

    private static final int WRITERS = 2;
    private static final int TARGET_RATE = 20_000;
    /** AuditPipeline's batch and its fixed delay between rounds once the chain has caught up. */
    private static final int CHAIN_BATCH = 5000;
    private static final long CHAINER_DELAY_MILLIS = 250;
    private static final int WARMUP_SECONDS = 3;
    private static final int WRITE_SECONDS = 10;
    /** A chainer slower than this is far off the target anyway; waiting longer would only prolong the run. */
    private static final int CATCH_UP_LIMIT_SECONDS = 60;
    private static final int VERIFY_EVENTS = 1_000_000;
    private static final int WARMUP_EVENTS = 20_000;
    private static final int CHECKPOINT_EVERY = 1000;
    private static final String KEY_ID = "bench-p256";

    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private AuditBench() {
    }

    static void run() throws Exception {
        describeMachine();

        System.out.printf("%naudit appends/s with the chain: %d writer threads for %d s (each transaction committed),"
                + " one chainer looping chainPending(%d)%n  with a commit each; chained events counted until the chain"
                + " has caught up (given up %d s after the writers stop, once the call in progress returns);%n"
                + "  every path warmed up on a small scale first (%d s of appends, %,d events verified)%n",
                WRITERS, WRITE_SECONDS, CHAIN_BATCH, CATCH_UP_LIMIT_SECONDS, WARMUP_SECONDS, WARMUP_EVENTS);
        // Every measured path once on a small scale first, so that the JIT has compiled it before figures are taken.
        appends(20, WARMUP_SECONDS, 1, 0);
        verification(WARMUP_EVENTS, new PrintStream(OutputStream.nullOutputStream()));
        report(1, appends(1, WRITE_SECONDS, CATCH_UP_LIMIT_SECONDS, 0));
        report(20, appends(20, WRITE_SECONDS, CATCH_UP_LIMIT_SECONDS, 0));
        // Unpaced writers take most of the two cores from the chainer; offered at the target
        // rate, the question is whether the chain keeps up with 20,000 appends a second.
        System.out.printf("  offered at %,d appends/s (writers paced), does the chain keep up?%n", TARGET_RATE);
        report(1, appends(1, WRITE_SECONDS, CATCH_UP_LIMIT_SECONDS, TARGET_RATE));
        report(20, appends(20, WRITE_SECONDS, CATCH_UP_LIMIT_SECONDS, TARGET_RATE));

        verificationPart();
    }

    /** Only the verification part: it needs no warm-up of the append paths. */
    static void runVerification() throws Exception {
        describeMachine();
        verification(WARMUP_EVENTS, new PrintStream(OutputStream.nullOutputStream()));
        verificationPart();
    }

    private static void verificationPart() throws Exception {
        System.out.printf("%nverification of %,d events%n", VERIFY_EVENTS);
        verification(VERIFY_EVENTS, System.out);
        System.out.printf("%nLoad average %.1f at the end%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void describeMachine() throws Exception {
        // Flyway logs every migration of every fresh database; the figures would drown in it.
        FLYWAY_LOG.setLevel(Level.WARNING);
        try (BenchDatabase db = BenchDatabase.create()) {
            System.out.println("Database: " + db.describe());
        }
        // The load average tells the reader whether the figures were shared with other work on the machine.
        System.out.printf("Heap limit %,d MB, %d processors, load average %.1f at the start%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    // ---- appends ----

    private record Appends(long inserted, double writeSeconds, long backlogAtStop, double catchUpSeconds, long chained,
                           long calls, double chainerIdle, long headSeq) {
    }

    private static void report(int perTransaction, Appends a) {
        double seconds = a.writeSeconds() + a.catchUpSeconds();
        System.out.printf("  %2d event(s) per transaction %,12.0f chained/s   (target: at least 20,000/s)%n",
                perTransaction, a.chained() / seconds);
        System.out.printf("      writers inserted %,.0f/s for %.1f s; backlog %,d when they stopped, %s %.1f s later%n",
                a.inserted() / a.writeSeconds(), a.writeSeconds(), a.backlogAtStop(),
                a.headSeq() == a.inserted() ? "chain caught up" : "CHAIN NOT CAUGHT UP, given up", a.catchUpSeconds());
        System.out.printf("      head at %,d of %,d inserted; %,d chainPending calls (%,.0f events each); chainer idle %.0f %%%n",
                a.headSeq(), a.inserted(), a.calls(), (double) a.chained() / a.calls(), 100 * a.chainerIdle());
    }

    /** With {@code offeredPerSecond} 0 the writers insert as fast as they can, else together at that rate. */
    private static Appends appends(int perTransaction, int seconds, int catchUpLimit, int offeredPerSecond)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 1);
        try (BenchDatabase db = BenchDatabase.create()) {
            Chainer chainer = new Chainer(db);
            long start = System.nanoTime();
            long deadline = start + seconds * 1_000_000_000L;
            Future<?> chaining = threads.submit(chainer);
            List<Future<Long>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                long first = w * 1_000_000_000L;
                writers.add(threads.submit(() -> write(db, first, perTransaction, start, deadline,
                        offeredPerSecond / (double) WRITERS)));
            }
            long inserted = 0;
            try {
                for (Future<Long> w : writers) {
                    inserted += w.get();
                }
            } finally {
                chainer.writersDone.countDown();
            }
            long stopped = System.nanoTime();
            long backlog = inserted - chainer.chained.get();
            try {
                chaining.get(catchUpLimit, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                // Stopped after its current call; the report then says how much of the backlog is left.
                chainer.giveUp = true;
                chaining.get();
            }
            long headSeq;
            try (Connection c = db.connect()) {
                headSeq = AuditStore.head(c).seq();
            }
            return new Appends(inserted, (stopped - start) / 1e9, backlog, (chainer.finishedAt - stopped) / 1e9,
                    chainer.chained.get(), chainer.calls, chainer.idle / (double) (chainer.finishedAt - start), headSeq);
        } finally {
            threads.shutdownNow();
        }
    }

    /** One business transaction after another, each with its events, until the deadline; paced if a rate is given. */
    private static long write(BenchDatabase db, long first, int perTransaction, long start, long deadline,
                              double perSecond) throws SQLException {
        long next = first;
        try (Connection c = db.connect()) {
            List<PendingEvent> events = new ArrayList<>(perTransaction);
            while (System.nanoTime() < deadline) {
                if (perSecond > 0 && next - first > (System.nanoTime() - start) / 1e9 * perSecond) {
                    java.util.concurrent.locks.LockSupport.parkNanos(100_000);
                    continue;
                }
                events.clear();
                for (int i = 0; i < perTransaction; i++) {
                    events.add(SampleEvents.event(next++));
                }
                AuditStore.insert(c, events);
                c.commit();
            }
        }
        return next - first;
    }

    /** The pipeline's chaining loop on a connection of its own, until the writers have stopped and nothing is left. */
    private static final class Chainer implements Callable<Void> {

        private final BenchDatabase db;
        final CountDownLatch writersDone = new CountDownLatch(1);
        final AtomicLong chained = new AtomicLong();
        volatile boolean giveUp;
        // Read only after the task's Future has returned, which makes them visible.
        long calls;
        long idle;
        long finishedAt;

        Chainer(BenchDatabase db) {
            this.db = db;
        }

        @Override
        public Void call() throws Exception {
            try (Connection c = db.connect()) {
                while (!giveUp) {
                    // Read before the call: only a short batch that started after the last commit proves nothing is left.
                    boolean last = writersDone.getCount() == 0;
                    int n = AuditStore.chainPending(c, CHAIN_BATCH);
                    c.commit();
                    calls++;
                    chained.addAndGet(n);
                    if (n < CHAIN_BATCH) {
                        if (last) {
                            break;
                        }
                        // The pipeline's pause, cut short when the writers stop so that its poll interval is not counted.
                        long pause = System.nanoTime();
                        writersDone.await(CHAINER_DELAY_MILLIS, TimeUnit.MILLISECONDS);
                        idle += System.nanoTime() - pause;
                    }
                }
            } finally {
                finishedAt = System.nanoTime();
            }
            return null;
        }
    }

    // ---- verification ----

    private record Checkpoint(long seq, String hash, String signature) {
    }

    /** Fills a fresh database with {@code events} chained, checkpointed events and times their verification. */
    private static void verification(int events, PrintStream out) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair key = generator.generateKeyPair();
        PublicKey publicKey = key.getPublic();
        Function<String, Optional<PublicKey>> keys = id -> KEY_ID.equals(id) ? Optional.of(publicKey) : Optional.empty();

        double verifySeconds = Double.MAX_VALUE;
        List<Checkpoint> checkpoints = new ArrayList<>();
        try (BenchDatabase db = BenchDatabase.create(); Connection c = db.connect()) {
            long started = System.nanoTime();
            // A checkpoint's worth at a time: H2 serves chainPending's UPDATE through the chain_seq index (its
            // "chain_seq IS NULL" guard), scanning every unchained event, so a big backlog would make the fill slow.
            for (long n = 0; n < events; n += CHECKPOINT_EVERY) {
                List<PendingEvent> batch = new ArrayList<>(CHECKPOINT_EVERY);
                for (int i = 0; i < CHECKPOINT_EVERY; i++) {
                    batch.add(SampleEvents.event(n + i));
                }
                AuditStore.insert(c, batch);
                AuditStore.chainPending(c, CHECKPOINT_EVERY);
                AuditStore.Head head = AuditStore.head(c);
                String signature = CheckpointSigner.sign(key.getPrivate(), head.seq(), head.hash());
                AuditStore.insertCheckpoint(c, head.seq(), head.hash(), KEY_ID, signature);
                checkpoints.add(new Checkpoint(head.seq(), head.hash(), signature));
                c.commit();
            }
            out.printf("  fill: insert, chain, sign a checkpoint every %,d events   %8.1f s (setup, not a target)%n",
                    CHECKPOINT_EVERY, (System.nanoTime() - started) / 1e9);

            // The first run may find the pages the fill wrote out of the database's cache, so every way is
            // measured after a first warm run; one connection first, then the walkers the application uses.
            AuditVerifier.verify(c, keys);
            c.commit();
            verifySeconds = Math.min(verifySeconds, timedVerification("one connection, stretch after stretch", out,
                    () -> AuditVerifier.verify(c, keys)));
            c.commit();
            int processors = Runtime.getRuntime().availableProcessors();
            for (int walkers : new int[] {processors, processors + 1, processors * 2}) {
                for (int run = 1; run <= 2; run++) {
                    verifySeconds = Math.min(verifySeconds, timedVerification(walkers + " walkers, run " + run, out,
                            () -> AuditVerifier.verify(db::connect, keys, walkers)));
                }
            }
        }

        long t = System.nanoTime();
        int valid = 0;
        for (Checkpoint cp : checkpoints) {
            valid += CheckpointSigner.verify(publicKey, cp.seq(), cp.hash(), cp.signature()) ? 1 : 0;
        }
        double signatureSeconds = (System.nanoTime() - t) / 1e9;
        out.printf("  checkpoint signatures alone (%,d ECDSA P-256 verifications, %,d valid) %6.2f s%n",
                checkpoints.size(), valid, signatureSeconds);

        double walkSeconds = walkInMemory(events, out);
        // A difference of figures taken at different moments: on a busy machine it can drown in the noise.
        double rest = verifySeconds - signatureSeconds - walkSeconds;
        out.printf("  so database read and row decoding take about %s of the best verification run%n",
                rest < 0.05 ? "nothing measurable (noise)" : String.format("%.2f s", rest));
    }

    private interface Verification {
        AuditVerifier.Result run() throws SQLException;
    }

    private static double timedVerification(String how, PrintStream out, Verification verification) throws SQLException {
        long t = System.nanoTime();
        AuditVerifier.Result r = verification.run();
        double seconds = (System.nanoTime() - t) / 1e9;
        out.printf("  AuditVerifier.verify, %-38s %6.2f s %,12.0f events/s   (target: at least 500,000 events/s)%n",
                how, seconds, r.eventsChecked() / seconds);
        out.printf("      %s: %,d events, %,d checkpoints checked%n",
                r.intact() ? "intact" : "BROKEN at " + r.firstBroken() + ": " + r.problem(),
                r.eventsChecked(), r.checkpointsChecked());
        return seconds;
    }

    /** The chain walk alone, on events already in memory with their hashes: what hashing costs without the database. */
    private static double walkInMemory(int count, PrintStream out) {
        List<PendingEvent> events = new ArrayList<>(count);
        String[] hashes = new String[count];
        Map<Long, String> checkpointHashes = new HashMap<>();
        String prev = AuditChain.GENESIS;
        for (int i = 0; i < count; i++) {
            PendingEvent e = SampleEvents.event(i);
            long seq = i + 1L;
            prev = AuditChain.hash(prev, seq, e);
            events.add(e);
            hashes[i] = prev;
            if (seq % CHECKPOINT_EVERY == 0) {
                checkpointHashes.put(seq, prev);
            }
        }
        long t = System.nanoTime();
        ChainWalker walker = new ChainWalker(checkpointHashes::get);
        for (int i = 0; i < count; i++) {
            walker.accept(i + 1L, i == 0 ? AuditChain.GENESIS : hashes[i - 1], hashes[i], events.get(i));
        }
        walker.finish(count);
        double seconds = (System.nanoTime() - t) / 1e9;
        out.printf("  ChainWalker in memory (%,d events, hashes precomputed) %11.2f s %,12.0f events/s  (%s)%n",
                count, seconds, walker.checked() / seconds,
                walker.brokenAt() == null ? "intact" : "BROKEN at " + walker.brokenAt() + ": " + walker.problem());
        return seconds;
    }
}
