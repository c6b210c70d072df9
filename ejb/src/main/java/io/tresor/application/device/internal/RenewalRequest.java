package io.tresor.application.device.internal;

import io.tresor.application.device.EnrollmentRefused;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;

/**
 * A device's request to renew its certificate: a compact JWS whose header carries the current
 * certificate ({@code x5c}, first entry) and whose claims are {@code sub} (the device id),
 * {@code iat}, {@code exp} (at most {@link #MAX_LIFETIME} ahead) and {@code csr} (the new PKCS#10
 * request, PEM). Signed with the current certificate's key, it proves possession of that key;
 * the expiry keeps a captured request from being replayed later. Which certificate is
 * acceptable (Tresor's, this device's, not revoked, not expired) is for the caller to decide.
 */
public final class RenewalRequest {

    /** A request is signed just before it is sent; ten minutes leave room for retries and slow links. */
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(10);
    private static final int CLOCK_SKEW_SECONDS = 300;
    private static final int MAX_CHARS = 64 * 1024;

    private static final AlgorithmConstraints ALGORITHMS = new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
            AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256, AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384,
            AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.RSA_PSS_USING_SHA256);

    private final String compact;
    private final X509Certificate certificate;

    private RenewalRequest(String compact, X509Certificate certificate) {
        this.compact = compact;
        this.certificate = certificate;
    }

    /** Reads the structure and the certificate; verifies nothing yet. */
    public static RenewalRequest parse(String compact) throws EnrollmentRefused {
        if (compact == null || compact.isBlank() || compact.length() > MAX_CHARS) {
            throw malformed("The renewal request must be a compact JWS of at most " + MAX_CHARS + " characters", null);
        }
        String jws = compact.strip();
        try {
            if (!(JsonWebStructure.fromCompactSerialization(jws) instanceof JsonWebSignature signature)) {
                throw malformed("The renewal request is encrypted (JWE); it must be a signed JWS", null);
            }
            List<X509Certificate> chain = signature.getCertificateChainHeaderValue();
            if (chain == null || chain.isEmpty()) {
                throw malformed("The JWS header needs x5c with the device's current certificate first", null);
            }
            return new RenewalRequest(jws, chain.get(0));
        } catch (JoseException | RuntimeException e) {
            throw malformed("The renewal request is not a compact JWS with an x5c certificate: " + e.getMessage(), e);
        }
    }

    /** The certificate the request claims to be signed with (x5c's first entry). */
    public X509Certificate certificate() {
        return certificate;
    }

    /**
     * Verifies the signature with the certificate's key and the claims for {@code deviceId} at
     * {@code now}, and returns the new CSR (PEM). A signature that does not verify is
     * {@code certificate.invalid}; a request that expired or lives too long is {@code renewal.stale}.
     */
    public String verifiedCsr(String deviceId, Instant now) throws EnrollmentRefused {
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setVerificationKey(certificate.getPublicKey())
                .setJwsAlgorithmConstraints(ALGORITHMS)
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setIssuedAtRestrictions(CLOCK_SKEW_SECONDS, (int) MAX_LIFETIME.toSeconds() + CLOCK_SKEW_SECONDS)
                .setMaxFutureValidityInMinutes((int) MAX_LIFETIME.toMinutes())
                .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
                .setExpectedSubject(deviceId)
                .setSkipDefaultAudienceValidation()
                .setEvaluationTime(NumericDate.fromMilliseconds(now.toEpochMilli()))
                .build();
        JwtClaims claims;
        try {
            claims = consumer.processToClaims(compact);
        } catch (InvalidJwtException e) {
            if (e.hasErrorCode(ErrorCodes.SIGNATURE_INVALID) || e.hasErrorCode(ErrorCodes.SIGNATURE_MISSING)
                    || e.hasErrorCode(ErrorCodes.MISCELLANEOUS)) {
                throw new EnrollmentRefused(EnrollmentRefused.CERTIFICATE_INVALID,
                        "The renewal request's signature does not verify with the key of the certificate in x5c", e);
            }
            if (e.hasExpired() || e.hasErrorCode(ErrorCodes.EXPIRATION_TOO_FAR_IN_FUTURE)
                    || e.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_FUTURE) || e.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_PAST)
                    || e.hasErrorCode(ErrorCodes.NOT_YET_VALID)) {
                throw new EnrollmentRefused(EnrollmentRefused.RENEWAL_STALE, "A renewal request is valid for at most "
                        + MAX_LIFETIME.toMinutes() + " minutes from its iat; sign a fresh one with a correct clock", e);
            }
            throw malformed("The renewal request's claims are not acceptable: sub must be " + deviceId
                    + ", iat and exp are required", e);
        }
        try {
            String csr = claims.getStringClaimValue("csr");
            if (csr == null || csr.isBlank()) {
                throw malformed("The renewal request needs a csr claim with the new PKCS#10 request (PEM)", null);
            }
            return csr;
        } catch (MalformedClaimException e) {
            throw malformed("The csr claim must be a string with the new PKCS#10 request (PEM)", e);
        }
    }

    private static EnrollmentRefused malformed(String message, Throwable cause) {
        return new EnrollmentRefused(EnrollmentRefused.RENEWAL_MALFORMED, message, cause);
    }
}
