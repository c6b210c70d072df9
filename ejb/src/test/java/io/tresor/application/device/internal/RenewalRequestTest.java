package io.tresor.application.device.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tresor.application.device.EnrollmentRefused;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

/** The signed renewal request: what proves possession of the current key, and what is refused. */
class RenewalRequestTest {

    private static final Instant NOW = Instant.now();
    private static final String CSR = "-----BEGIN CERTIFICATE REQUEST-----\nplaceholder\n-----END CERTIFICATE REQUEST-----\n";

    private static String jws(X509Certificate certificate, PrivateKey signer, String subject, Instant issuedAt,
                              Instant expires) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setSubject(subject);
        claims.setIssuedAt(NumericDate.fromMilliseconds(issuedAt.toEpochMilli()));
        claims.setExpirationTime(NumericDate.fromMilliseconds(expires.toEpochMilli()));
        claims.setStringClaim("csr", CSR);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        if (certificate != null) {
            jws.setCertificateChainHeaderValue(certificate);
        }
        jws.setKey(signer);
        return jws.getCompactSerialization();
    }

    private static FactoryPki.Issued current() throws Exception {
        return FactoryPki.device("CN=dev-1", FactoryPki.ca("CN=Tresor Test CA"));
    }

    private static String code(String jws, String deviceId) {
        return assertThrows(EnrollmentRefused.class, () -> RenewalRequest.parse(jws).verifiedCsr(deviceId, NOW)).code();
    }

    @Test
    void requestSignedWithTheCurrentCertificatesKeyYieldsTheNewCsr() throws Exception {
        FactoryPki.Issued current = current();
        RenewalRequest request = RenewalRequest.parse(jws(current.certificate(), current.keys().getPrivate(), "dev-1", NOW,
                NOW.plus(Duration.ofMinutes(5))));
        assertEquals(current.certificate(), request.certificate());
        assertEquals(CSR, request.verifiedCsr("dev-1", NOW));
    }

    @Test
    void requestSignedWithAnotherKeyIsRefusedAsAnInvalidCertificate() throws Exception {
        FactoryPki.Issued current = current();
        KeyPair other = TestPki.ec("secp256r1");
        assertEquals(EnrollmentRefused.CERTIFICATE_INVALID, code(jws(current.certificate(), other.getPrivate(), "dev-1", NOW,
                NOW.plus(Duration.ofMinutes(5))), "dev-1"));
    }

    @Test
    void expiredOrLongLivedRequestIsStale() throws Exception {
        FactoryPki.Issued current = current();
        PrivateKey key = current.keys().getPrivate();
        assertEquals(EnrollmentRefused.RENEWAL_STALE, code(jws(current.certificate(), key, "dev-1",
                NOW.minus(Duration.ofMinutes(30)), NOW.minus(Duration.ofMinutes(20))), "dev-1"));
        assertEquals(EnrollmentRefused.RENEWAL_STALE, code(jws(current.certificate(), key, "dev-1", NOW,
                NOW.plus(Duration.ofHours(2))), "dev-1"));
        assertEquals(EnrollmentRefused.RENEWAL_STALE, code(jws(current.certificate(), key, "dev-1",
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofMinutes(5))), "dev-1"));
    }

    @Test
    void requestForAnotherDeviceWithoutCertificateOrNotAJwsIsMalformed() throws Exception {
        FactoryPki.Issued current = current();
        PrivateKey key = current.keys().getPrivate();
        Instant exp = NOW.plus(Duration.ofMinutes(5));
        assertEquals(EnrollmentRefused.RENEWAL_MALFORMED, code(jws(current.certificate(), key, "dev-2", NOW, exp), "dev-1"));
        assertEquals(EnrollmentRefused.RENEWAL_MALFORMED, assertThrows(EnrollmentRefused.class,
                () -> RenewalRequest.parse(jws(null, key, "dev-1", NOW, exp))).code());
        for (String junk : new String[] {null, "", "not.a.jws", "-----BEGIN CERTIFICATE REQUEST-----"}) {
            assertEquals(EnrollmentRefused.RENEWAL_MALFORMED,
                    assertThrows(EnrollmentRefused.class, () -> RenewalRequest.parse(junk)).code());
        }
    }
}
