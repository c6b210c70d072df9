package io.tresor.application.device;

/**
 * What devices call without an account: enrollment with their one-time token (PEM or EST),
 * renewal signed with their current certificate's key, and the public parts of the device PKI
 * (CA chain, CRL). The caller is authenticated by the token or the signature alone.
 */
public interface DeviceEnrollment {

    /**
     * Checks the token and the certificate request, issues the certificate and returns it with
     * the CA chain (PEM, device certificate first). Nothing changes when it is refused.
     */
    String enroll(String deviceId, String enrollmentToken, String csrPem) throws EnrollmentRefused;

    /**
     * EST simpleenroll (RFC 7030): the same checks and effects as {@link #enroll}, with the
     * request as DER; answers a certs-only PKCS#7 (DER) holding the new certificate.
     */
    byte[] enrollDer(String deviceId, String enrollmentToken, byte[] csrDer) throws EnrollmentRefused;

    /**
     * Renewal before expiry: {@code signedRequest} is a compact JWS signed with the key of the
     * device's current certificate, which its {@code x5c} header carries, with the claims
     * {@code sub} (the device id), {@code iat}, {@code exp} and {@code csr} (the new request, PEM).
     * The certificate must be one Tresor issued to this device, unexpired and not revoked (a
     * superseded one still renews, so that a device that lost the answer can try again). Issues
     * the new certificate, supersedes the older ones (they stay valid until they expire) and
     * returns it with the CA chain (PEM). Nothing changes when it is refused.
     */
    String renew(String deviceId, String signedRequest) throws EnrollmentRefused;

    /** The issuing CA then the root CA, PEM. */
    String caChainPem();

    /** EST cacerts: the issuing CA and the root CA as a certs-only PKCS#7 (DER). */
    byte[] caCertsPkcs7();

    /** The current CRL of the issuing CA, DER. */
    byte[] crl();
}
