package io.tresor.web.rest.device;

import io.tresor.application.device.EnrollmentGroupService;
import io.tresor.application.device.EnrollmentGroupService.GroupView;
import java.time.Instant;

/**
 * An enrollment group; the CA fields only for X509 groups, {@code groupKey} only in the answer
 * that creates a SYMMETRIC group.
 */
public record EnrollmentGroup(String id, String name, String kind, String assetTypeId, String state, Instant createdAt,
                              Instant disabledAt, String caSubject, String caFingerprint, Instant caNotAfter,
                              String groupKey) {

    static EnrollmentGroup of(GroupView g) {
        return of(g, null);
    }

    static EnrollmentGroup of(EnrollmentGroupService.Created c) {
        return of(c.group(), c.groupKey());
    }

    private static EnrollmentGroup of(GroupView g, String groupKey) {
        return new EnrollmentGroup(g.id(), g.name(), g.kind(), g.assetTypeId(), g.state(), g.createdAt(), g.disabledAt(),
                g.caSubject(), g.caFingerprint(), g.caNotAfter(), groupKey);
    }
}
