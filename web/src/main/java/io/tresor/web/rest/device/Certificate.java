package io.tresor.web.rest.device;

import io.tresor.application.device.DeviceService.CertificateView;
import java.time.Instant;

/** A certificate Tresor issued to a device; revocation fields only once it is revoked. */
public record Certificate(String serial, String status, Instant notBefore, Instant notAfter, Instant revokedAt,
                          String revocationReason) {

    static Certificate of(CertificateView c) {
        return new Certificate(c.serial(), c.status(), c.notBefore(), c.notAfter(), c.revokedAt(), c.revocationReason());
    }
}
