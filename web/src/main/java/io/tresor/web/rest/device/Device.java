package io.tresor.web.rest.device;

import io.tresor.application.device.DeviceService;
import io.tresor.application.device.DeviceService.DeviceView;
import java.time.Instant;
import java.util.List;

/**
 * A device with its certificates; {@code enrollmentToken} only in the answer that issues it
 * (registration or a new token), never again.
 */
public record Device(String id, String assetId, String tenantId, String state, Instant createdAt, Instant changedAt,
                     Instant enrollmentExpiresAt, List<Certificate> certificates, String enrollmentToken) {

    static Device of(DeviceView d) {
        return of(d, null);
    }

    static Device of(DeviceService.Registration r) {
        return of(r.device(), r.enrollmentToken());
    }

    private static Device of(DeviceView d, String enrollmentToken) {
        return new Device(d.id(), d.assetId(), d.tenantId(), d.state(), d.createdAt(), d.changedAt(),
                d.enrollmentExpiresAt(), d.certificates().stream().map(Certificate::of).toList(), enrollmentToken);
    }
}
