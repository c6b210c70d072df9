package io.tresor.application.device;

import java.security.cert.X509Certificate;

/**
 * How the MQTT connector learns who a connecting device is. Both methods admit a device only if
 * it is neither suspended nor revoked; they register a device of an enrollment group at its
 * first connection and mark a device active at its first connection. A refusal changes nothing.
 */
public interface DeviceAuthentication {

    /**
     * Who connected: {@code registeredNow} is true when this connection registered the device
     * (X.509 enrollment group) or gave it its credential (first device-key token).
     */
    record AuthenticatedDevice(String deviceId, String tenantId, String assetId, boolean registeredNow) {
    }

    /**
     * The client certificate chain of a TLS handshake, device certificate first. A certificate of
     * Tresor's own CA must be known, not revoked and unexpired. Otherwise the chain must lead to
     * the factory CA of an enabled X.509 enrollment group: the device's id is the certificate's
     * subject CN, its asset the one of the group's asset type with the serial number in the
     * subject's {@code serialNumber} attribute; the first connection registers it there.
     */
    AuthenticatedDevice authenticateWithCertificate(X509Certificate[] chain) throws AuthenticationRefused;

    /**
     * A device-key token {@code dk1:<deviceId>:<groupId>:<expires>:<signature>} (see the README)
     * of a device registered beforehand on an asset of the symmetric group's asset type.
     */
    AuthenticatedDevice authenticateWithKey(String token) throws AuthenticationRefused;
}
