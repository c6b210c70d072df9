package io.tresor.application.device;

/**
 * What devices call without an account: enrollment with their one-time token, and the public
 * parts of the device PKI (CA chain, CRL). The caller is authenticated by the token alone.
 */
public interface DeviceEnrollment {

    /**
     * Checks the token and the certificate request, issues the certificate and returns it with
     * the CA chain (PEM, device certificate first). Nothing changes when it is refused.
     */
    String enroll(String deviceId, String enrollmentToken, String csrPem) throws EnrollmentRefused;

    /** The issuing CA then the root CA, PEM. */
    String caChainPem();

    /** The current CRL of the issuing CA, DER. */
    byte[] crl();
}
