package io.tresor.application.audit.internal;

import io.tresor.application.audit.AuditService.EventView;
import io.tresor.application.audit.ChainSubscriber;
import io.tresor.application.shared.Settings;
import io.tresor.application.shared.StartupState;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one background worker of the trail: writes the events that must outlive a rolled-back
 * transaction, links newly committed events into the chain every quarter second, and signs a
 * checkpoint every {@code TRESOR_AUDIT_CHECKPOINT_EVERY} events (default 1000) and at shutdown. A clean shutdown drains
 * everything first, so no event is lost.
 */
@Singleton
@Startup
@DependsOn("Startup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditPipeline {

    private static final Logger LOG = Logger.getLogger(AuditPipeline.class.getName());
    private static final int BATCH = 5000;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @EJB
    AuditWriter writer;

    @Inject
    StartupState startup;

    @Inject
    Settings settings;

    @Inject
    @Any
    Instance<ChainSubscriber> subscribers;


    private final ConcurrentLinkedQueue<PendingEvent> independent = new ConcurrentLinkedQueue<>();
    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::drainQuietly, 250, 250, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
        drainQuietly();
        try {
            writer.checkpointIfDue(1);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No audit checkpoint at shutdown: " + e.getMessage(), e);
        }
    }

    /** Queues events written in a transaction of their own (after a rollback, or outside any transaction). */
    public void submit(List<PendingEvent> events) {
        independent.addAll(events);
    }

    /** Writes, chains and checkpoints everything waiting now; tests and verification call it to see a settled trail. */
    public synchronized void drain() {
        writeAndChain();
        writer.checkpointIfDue(settings.auditCheckpointEvery());
        for (ChainSubscriber subscriber : subscribers) {
            if (subscriber.enabled()) {
                follow(subscriber);
            }
        }
        // Following may itself record events (a security event, a system job's first work): those
        // are chained now too, so that a drain leaves nothing behind, also the last one at shutdown.
        if (!independent.isEmpty()) {
            writeAndChain();
        }
    }

    private void writeAndChain() {
        List<PendingEvent> batch = new ArrayList<>();
        for (PendingEvent e = independent.poll(); e != null; e = independent.poll()) {
            batch.add(e);
            if (batch.size() == BATCH) {
                write(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            write(batch);
        }
        while (writer.chainPending(BATCH) == BATCH) {
            // more waiting: keep going until the chain has caught up
        }
    }

    /**
     * Hands a subscriber what was chained since its position, batch by batch; a failure waits for
     * the next round. The reads and each step on run in transactions of the writer, under the
     * system reach of the chain; the deliveries in between hold none.
     */
    private void follow(ChainSubscriber subscriber) {
        try {
            long position = writer.subscriberPosition(subscriber.name(), subscriber.startsAtHead());
            for (List<EventView> events = writer.chainedAfter(position, BATCH); !events.isEmpty();
                 events = writer.chainedAfter(position, BATCH)) {
                subscriber.deliver(events);
                long next = events.get(events.size() - 1).seq();
                if (!writer.advance(subscriber.name(), position, next)) {
                    return; // another cluster member delivered the same batch; it carries on
                }
                position = next;
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Audit subscriber " + subscriber.name() + " will retry: " + e.getMessage(), e);
        }
    }

    private void write(List<PendingEvent> batch) {
        try {
            writer.insert(batch);
        } catch (RuntimeException e) {
            // Kept for the next round: a database hiccup must not cost events.
            independent.addAll(batch);
            throw e;
        }
    }

    private void drainQuietly() {
        if (!startup.ready()) {
            return;
        }
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Audit pipeline: " + e.getMessage(), e);
        }
    }
}
