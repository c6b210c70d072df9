package io.tresor.application.audit;

import java.util.List;

/**
 * Something that follows the audit chain: the SIEM exports and the security watch. The
 * pipeline hands each one the newly chained events in order and remembers, per subscriber,
 * how far it got (at-least-once: after a crash a subscriber may see an event again).
 */
public interface ChainSubscriber {

    /** Stable name under which the position is stored. */
    String name();

    /** Whether this subscriber is configured at all. */
    boolean enabled();

    /** True to start at the current end of the chain when first seen, false to start at its beginning. */
    boolean startsAtHead();

    /** Handles events in chain order; an exception leaves the position unchanged so the batch comes again. */
    void deliver(List<AuditService.EventView> events) throws Exception;
}
