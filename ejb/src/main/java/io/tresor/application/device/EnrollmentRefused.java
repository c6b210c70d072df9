package io.tresor.application.device;

import jakarta.ejb.ApplicationException;

/**
 * Thrown when a device's enrollment is refused before anything is issued: the device id and
 * token do not match an open enrollment, the device is revoked, or the certificate request is
 * not a PKCS#10 request, its signature does not prove possession of its key, the key is too weak
 * or of a type Tresor does not issue for, or it names another device. {@code code} is stable for
 * clients; the message says in plain words what the integrator has to change.
 */
@ApplicationException(rollback = true)
public class EnrollmentRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public static final String MALFORMED = "csr.malformed";
    public static final String BAD_SIGNATURE = "csr.badSignature";
    public static final String KEY_NOT_ALLOWED = "csr.keyNotAllowed";
    public static final String WRONG_SUBJECT = "csr.wrongSubject";
    /** Unknown device, wrong, used or expired token, or a suspended device: the credentials do not open an enrollment. */
    public static final String TOKEN_INVALID = "token.invalid";
    public static final String DEVICE_REVOKED = "device.revoked";

    private final String code;

    public EnrollmentRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    public EnrollmentRefused(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** One of the constants above, e.g. {@code csr.badSignature}. */
    public String code() {
        return code;
    }
}
