package io.tresor.web.rest.audit;

import io.tresor.application.audit.AuditService;
import java.time.Instant;

/** The result of walking the whole chain; {@code firstBrokenEvent} and {@code problem} only when it is not intact. */
public record Verification(boolean intact, long eventsChecked, long checkpointsChecked, long millis, Instant verifiedAt,
                           Long firstBrokenEvent, String problem) {

    static Verification of(AuditService.Verification v) {
        return new Verification(v.intact(), v.eventsChecked(), v.checkpointsChecked(), v.millis(), v.verifiedAt(),
                v.intact() ? null : v.firstBroken(), v.intact() ? null : v.problem());
    }
}
