package io.tresor.application.device;

import io.tresor.application.shared.Refused;
import jakarta.ejb.ApplicationException;

/**
 * Thrown when a device's credential does not admit it, at a connection (certificate chain or
 * device-key token): nothing is registered or changed then. {@code code} is stable for the
 * connector and for logs; the message says what the manufacturer or operator has to change.
 * Its kind is always {@link Kind#UNAUTHENTICATED}: the connection is not admitted.
 */
@ApplicationException(rollback = true)
public class AuthenticationRefused extends Refused {

    private static final long serialVersionUID = 1L;

    /** No enabled enrollment group's CA, nor Tresor's own CA, is the anchor of the chain. */
    public static final String CA_UNKNOWN = "ca.unknown";
    /** The chain does not verify: a broken signature, a missing intermediate, a CA flag or key usage that does not fit. */
    public static final String CHAIN_INVALID = "chain.invalid";
    /** A certificate of the chain (or the factory CA) is outside its validity period. */
    public static final String CERTIFICATE_EXPIRED = "certificate.expired";
    /** Tresor revoked the certificate. */
    public static final String CERTIFICATE_REVOKED = "certificate.revoked";
    /** The factory certificate's subject carries no single serialNumber attribute. */
    public static final String SERIAL_MISSING = "serial.missing";
    /** No asset of the group's asset type has the serial number. */
    public static final String ASSET_UNKNOWN = "asset.unknown";
    /** Several groups trust the chain and assets of more than one of their types have the serial number. */
    public static final String ASSET_AMBIGUOUS = "asset.ambiguous";
    public static final String ASSET_DECOMMISSIONED = "asset.decommissioned";
    /**
     * The device id is taken by a device on another asset or of another enrollment group, the
     * certificate's common name is not a usable device id, or the device's asset is of another
     * type than the token's group.
     */
    public static final String DEVICE_CONFLICT = "device.conflict";
    /** A device-key token for a device id that no one registered. */
    public static final String DEVICE_UNKNOWN = "device.unknown";
    public static final String DEVICE_REVOKED = "device.revoked";
    public static final String DEVICE_SUSPENDED = "device.suspended";
    /** Not a token of the documented format. */
    public static final String TOKEN_MALFORMED = "token.malformed";
    public static final String TOKEN_EXPIRED = "token.expired";
    /** The token expires further ahead than the installation allows. */
    public static final String TOKEN_TOO_LONG_LIVED = "token.tooLongLived";
    /** The signature does not verify, or the group is unknown, disabled or not a symmetric group. */
    public static final String TOKEN_INVALID = "token.invalid";

    public AuthenticationRefused(String code, String message) {
        super(Kind.UNAUTHENTICATED, code, message, null);
    }

    public AuthenticationRefused(String code, String message, Throwable cause) {
        super(Kind.UNAUTHENTICATED, code, message, cause);
    }
}
