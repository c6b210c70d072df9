package io.tresor.application.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Announces the first use of each system job after a start, so that the audit trail shows
 * which cross-tenant paths ran (the audit capability observes {@link SystemReachGranted}). A
 * job whose first transaction rolls back is announced again the next time.
 */
@ApplicationScoped
class SystemJobs {

    @Inject
    Event<SystemReachGranted> granted;

    private final Set<SystemJob> announced = ConcurrentHashMap.newKeySet();

    void used(SystemJob job, TransactionSynchronizationRegistry transaction) {
        if (!announced.add(job)) {
            return;
        }
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    announced.remove(job);
                }
            }
        });
        granted.fire(new SystemReachGranted(job));
    }
}
