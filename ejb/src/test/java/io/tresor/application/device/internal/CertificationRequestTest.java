package io.tresor.application.device.internal;

import io.tresor.application.device.EnrollmentRefused;
import static io.tresor.application.device.internal.TestPki.csr;
import static io.tresor.application.device.internal.TestPki.pem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which PKCS#10 requests Tresor accepts, and the code and message of each refusal. */
class CertificationRequestTest {

    @TempDir
    Path dir;

    private static String refusal(Executable parse) {
        return assertThrows(EnrollmentRefused.class, parse).code();
    }

    @ParameterizedTest
    @ValueSource(strings = {"secp256r1", "secp384r1"})
    void ecKeysOnP256AndP384AreAccepted(String curve) throws Exception {
        KeyPair pair = TestPki.ec(curve);
        CertificationRequest request = CertificationRequest.parsePem(pem(csr("CN=dev-1, O=Acme", pair)));
        assertTrue(request.publicKey() instanceof ECPublicKey);
        assertArrayEquals(pair.getPublic().getEncoded(), request.publicKey().getEncoded());
        assertEquals("dev-1", request.commonName());
    }

    @Test
    void rsa2048IsAccepted() throws Exception {
        CertificationRequest request = CertificationRequest.parsePem(pem(csr("CN=dev-1", TestPki.rsa(2048))));
        assertEquals(2048, ((RSAPublicKey) request.publicKey()).getModulus().bitLength());
    }

    @Test
    void rsa1024IsRefusedNamingItsSize() throws Exception {
        String pem = pem(csr("CN=dev-1", TestPki.rsa(1024)));
        EnrollmentRefused refused = assertThrows(EnrollmentRefused.class, () -> CertificationRequest.parsePem(pem));
        assertEquals("csr.keyNotAllowed", refused.code());
        assertTrue(refused.getMessage().contains("RSA key of 1024 bits"), refused.getMessage());
        assertTrue(refused.getMessage().contains("P-256 or P-384"), refused.getMessage());
    }

    @Test
    void otherCurvesAndKeyTypesAreRefused() throws Exception {
        String k1 = pem(csr("CN=dev-1", TestPki.ec("secp256k1")));
        EnrollmentRefused refused = assertThrows(EnrollmentRefused.class, () -> CertificationRequest.parsePem(k1));
        assertEquals("csr.keyNotAllowed", refused.code());
        assertTrue(refused.getMessage().contains("secp256k1"), refused.getMessage());

        String ed = pem(csr("CN=dev-1", TestPki.ed25519()));
        EnrollmentRefused edwards = assertThrows(EnrollmentRefused.class, () -> CertificationRequest.parsePem(ed));
        assertEquals("csr.keyNotAllowed", edwards.code());
        assertTrue(edwards.getMessage().contains("Ed25519"), edwards.getMessage());
    }

    @Test
    void aCsrSignedByAnotherKeyIsRefused() throws Exception {
        KeyPair claimed = TestPki.ec("secp256r1");
        KeyPair signer = TestPki.ec("secp256r1");
        PKCS10CertificationRequest forged = csr("CN=dev-1", claimed.getPublic(), signer.getPrivate());
        EnrollmentRefused refused = assertThrows(EnrollmentRefused.class, () -> CertificationRequest.parsePem(pem(forged)));
        assertEquals("csr.badSignature", refused.code());
        assertEquals("The CSR is signed with a key other than the one it contains", refused.getMessage());
        assertEquals("csr.badSignature", refusal(() -> CertificationRequest.parseDer(forged.getEncoded())));
    }

    @Test
    void anythingButOneCertificateRequestIsMalformed() throws Exception {
        KeyPair pair = TestPki.ec("secp256r1");
        String good = pem(csr("CN=dev-1", pair));
        String certificate = pem(new JcaX509v3CertificateBuilder(new X500Name("CN=dev-1"), BigInteger.ONE,
                new Date(), Date.from(Instant.now().plus(1, ChronoUnit.DAYS)), new X500Name("CN=dev-1"), pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
        String truncated = good.substring(0, good.length() / 2) + "\n-----END CERTIFICATE REQUEST-----\n";
        String unterminated = good.substring(0, good.length() / 2);

        for (String input : new String[] {null, "", "  \n", "hello, I am a device", certificate, pem(pair.getPrivate()),
                truncated, unterminated, good + good, good.replace("MI", "M!")}) {
            assertEquals("csr.malformed", refusal(() -> CertificationRequest.parsePem(input)), String.valueOf(input));
        }
        for (byte[] input : new byte[][] {null, {}, {0x30, 0x03, 0x02, 0x01}, "garbage".getBytes()}) {
            assertEquals("csr.malformed", refusal(() -> CertificationRequest.parseDer(input)));
        }
    }

    @Test
    void theNewCertificateRequestLabelAndDerAreAccepted() throws Exception {
        PKCS10CertificationRequest request = csr("CN=dev-1", TestPki.ec("secp256r1"));
        String old = pem(request).replace("CERTIFICATE REQUEST-----", "NEW CERTIFICATE REQUEST-----");
        assertArrayEquals(request.getEncoded(), CertificationRequest.parsePem(old).der());
        assertArrayEquals(request.getEncoded(), CertificationRequest.parseDer(request.getEncoded()).der());
    }

    @Test
    void requireCommonNameAcceptsOnlyTheExactName() throws Exception {
        KeyPair pair = TestPki.ec("secp256r1");
        CertificationRequest request = TestPki.parsed("CN=dev-1, O=Acme", pair);
        assertDoesNotThrow(() -> request.requireCommonName("dev-1"));
        assertEquals("csr.wrongSubject", refusal(() -> request.requireCommonName("dev-2")));
        assertEquals("csr.wrongSubject", refusal(() -> request.requireCommonName("DEV-1")));

        CertificationRequest nameless = TestPki.parsed("O=Acme", pair);
        assertNull(nameless.commonName());
        assertEquals("csr.wrongSubject", refusal(() -> nameless.requireCommonName("dev-1")));
        assertNull(TestPki.parsed("CN=dev-1, CN=dev-2", pair).commonName(), "two names are ambiguous");
    }

    @Test
    void aCsrMadeByOpensslIsAccepted() throws Exception {
        TestPki.Result made = TestPki.openssl(dir, "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-nodes", "-subj", "/CN=dev-1", "-keyout", "k.pem", "-out", "r.pem");
        assertEquals(0, made.exitCode(), made.output());
        CertificationRequest request = CertificationRequest.parsePem(Files.readString(dir.resolve("r.pem")));
        assertEquals("dev-1", request.commonName());
        assertTrue(request.publicKey() instanceof ECPublicKey);
    }
}
