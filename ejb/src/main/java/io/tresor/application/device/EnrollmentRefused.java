package io.tresor.application.device;

import io.tresor.application.shared.Refused;
import jakarta.ejb.ApplicationException;

/**
 * Thrown when a device's enrollment or renewal is refused before anything is issued: the device id and
 * token do not match an open enrollment, the device is revoked, or the certificate request is
 * not a PKCS#10 request, its signature does not prove possession of its key, the key is too weak
 * or of a type Tresor does not issue for, or it names another device. {@code code} is stable for
 * clients; the message says in plain words what the integrator has to change. The kind follows
 * from the code (see {@link #kindOf}).
 */
@ApplicationException(rollback = true)
public class EnrollmentRefused extends Refused {

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
        super(kindOf(code), code, message, null);
    }

    public EnrollmentRefused(String code, String message, Throwable cause) {
        super(kindOf(code), code, message, cause);
    }

    /**
     * Unauthenticated for the token (a wrong, used or expired one), forbidden where the device is
     * not allowed (revoked, suspended, or a renewal whose certificate or signature does not
     * authorise it: no authentication scheme applies there), else invalid: the request itself.
     */
    public static Kind kindOf(String code) {
        return switch (code) {
            case TOKEN_INVALID -> Kind.UNAUTHENTICATED;
            case DEVICE_REVOKED, DEVICE_SUSPENDED, CERTIFICATE_INVALID -> Kind.FORBIDDEN;
            default -> Kind.INVALID;
        };
    }
}
