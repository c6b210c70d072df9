package io.tresor.application.device;

import jakarta.ejb.ApplicationException;

/**
 * Thrown when a device's enrollment or renewal is refused before anything is issued: the device id and
 * token do not match an open enrollment, the device is revoked, or the certificate request is
 * not a PKCS#10 request, its signature does not prove possession of its key, the key is too weak
 * or of a type Tresor does not issue for, or it names another device. {@code code} is stable for
 * clients; the message says in plain words what the integrator has to change.
 */
@ApplicationException(rollback = true)
public class EnrollmentRefused extends Refusal {

    private static final long serialVersionUID = 1L;

    public static final String MALFORMED = "csr.malformed";
    public static final String BAD_SIGNATURE = "csr.badSignature";
    public static final String KEY_NOT_ALLOWED = "csr.keyNotAllowed";
    public static final String WRONG_SUBJECT = "csr.wrongSubject";
    /** Unknown device, wrong, used or expired token, or a suspended device: the credentials do not open an enrollment. */
    public static final String TOKEN_INVALID = "token.invalid";
    public static final String DEVICE_REVOKED = "device.revoked";
    /** Renewal: the device is suspended; it gets no certificate until it is resumed. */
    public static final String DEVICE_SUSPENDED = "device.suspended";
    /** Renewal: the request is not a compact JWS with an x5c certificate and the claims sub, iat, exp and csr. */
    public static final String RENEWAL_MALFORMED = "renewal.malformed";
    /** Renewal: the request expired, or was signed for longer than a renewal request may live. */
    public static final String RENEWAL_STALE = "renewal.stale";
    /**
     * Renewal: the certificate in x5c is not one Tresor issued to this device, or it is revoked or
     * expired, or the request's signature does not verify with its key.
     */
    public static final String CERTIFICATE_INVALID = "certificate.invalid";

    public EnrollmentRefused(String code, String message) {
        super(code, message, null);
    }

    public EnrollmentRefused(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
