package io.tresor.application.device.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.application.device.AuthenticationRefused;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.Test;

/** What a device's factory certificate chain must be, and what Tresor reads from it. */
class FactoryChainTest {

    private static final Instant NOW = Instant.now();

    private static String code(Executable e) {
        return assertThrows(AuthenticationRefused.class, e::run).code();
    }

    @FunctionalInterface
    interface Executable {
        void run() throws Exception;
    }

    @Test
    void chainThroughAnIntermediateLeadsToTheFactoryCaAndCarriesTheSerialNumber() throws Exception {
        FactoryPki.Issued root = FactoryPki.ca("CN=Acme Factory Root, O=Acme");
        FactoryPki.Issued line = FactoryPki.intermediate("CN=Acme Line 3, O=Acme", root);
        FactoryPki.Issued device = FactoryPki.device("CN=pump-4711, SERIALNUMBER=SN-0004711, O=Acme", line);
        X509Certificate[] chain = {device.certificate(), line.certificate()};

        assertDoesNotThrow(() -> FactoryChain.validate(chain, root.certificate(), NOW));
        // Some TLS stacks send the anchor too.
        assertDoesNotThrow(() -> FactoryChain.validate(new X509Certificate[] {device.certificate(), line.certificate(),
                root.certificate()}, root.certificate(), NOW));
        assertEquals("SN-0004711", FactoryChain.serialNumber(device.certificate()));
        assertEquals("pump-4711", FactoryChain.commonName(device.certificate()));
        assertTrue(FactoryChain.issuerSubjects(chain).contains(FactoryChain.canonical(root.certificate().getSubjectX500Principal())));
    }

    @Test
    void chainOfAnotherCaOrWithoutItsIntermediateIsInvalid() throws Exception {
        FactoryPki.Issued root = FactoryPki.ca("CN=Acme Factory Root, O=Acme");
        FactoryPki.Issued line = FactoryPki.intermediate("CN=Acme Line 3, O=Acme", root);
        FactoryPki.Issued device = FactoryPki.device("CN=pump-1, SERIALNUMBER=1", line);
        // Same name, other key: an impostor's CA.
        FactoryPki.Issued impostor = FactoryPki.ca("CN=Acme Factory Root, O=Acme");

        assertEquals(AuthenticationRefused.CHAIN_INVALID, code(() -> FactoryChain.validate(
                new X509Certificate[] {device.certificate(), line.certificate()}, impostor.certificate(), NOW)));
        assertEquals(AuthenticationRefused.CHAIN_INVALID, code(() -> FactoryChain.validate(
                new X509Certificate[] {device.certificate()}, root.certificate(), NOW)));
        assertEquals(AuthenticationRefused.CHAIN_INVALID, code(() -> FactoryChain.validate(
                new X509Certificate[0], root.certificate(), NOW)));
    }

    @Test
    void expiredDeviceCertificateOrExpiredFactoryCaIsRefusedAsExpired() throws Exception {
        FactoryPki.Issued root = FactoryPki.ca("CN=Acme Factory Root");
        FactoryPki.Issued old = FactoryPki.device("CN=pump-2, SERIALNUMBER=2", root, NOW.minus(Duration.ofDays(400)),
                NOW.minus(Duration.ofDays(35)), KeyPurposeId.id_kp_clientAuth);
        assertEquals(AuthenticationRefused.CERTIFICATE_EXPIRED, code(() -> FactoryChain.validate(
                new X509Certificate[] {old.certificate()}, root.certificate(), NOW)));

        FactoryPki.Issued fresh = FactoryPki.device("CN=pump-3, SERIALNUMBER=3", root);
        assertEquals(AuthenticationRefused.CERTIFICATE_EXPIRED, code(() -> FactoryChain.validate(
                new X509Certificate[] {fresh.certificate()}, root.certificate(), NOW.plus(Duration.ofDays(4000)))));
    }

    @Test
    void caCertificateOrServerOnlyCertificateDoesNotLogADeviceIn() throws Exception {
        FactoryPki.Issued root = FactoryPki.ca("CN=Acme Factory Root");
        FactoryPki.Issued line = FactoryPki.intermediate("CN=Acme Line 1", root);
        assertEquals(AuthenticationRefused.CHAIN_INVALID, code(() -> FactoryChain.validate(
                new X509Certificate[] {line.certificate()}, root.certificate(), NOW)));
        FactoryPki.Issued server = FactoryPki.device("CN=pump-5, SERIALNUMBER=5", root, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(30)), KeyPurposeId.id_kp_serverAuth);
        assertEquals(AuthenticationRefused.CHAIN_INVALID, code(() -> FactoryChain.validate(
                new X509Certificate[] {server.certificate()}, root.certificate(), NOW)));
    }

    @Test
    void serialNumberMustBeOneSubjectAttribute() throws Exception {
        FactoryPki.Issued root = FactoryPki.ca("CN=Acme Factory Root");
        assertEquals(AuthenticationRefused.SERIAL_MISSING, code(() -> FactoryChain.serialNumber(
                FactoryPki.device("CN=pump-6", root).certificate())));
        assertEquals(AuthenticationRefused.SERIAL_MISSING, code(() -> FactoryChain.serialNumber(
                FactoryPki.device("CN=pump-7, SERIALNUMBER=7a, SERIALNUMBER=7b", root).certificate())));
        assertNull(FactoryChain.commonName(FactoryPki.device("SERIALNUMBER=8", root).certificate()));
    }

    @Test
    void registeredFactoryCaMustBeACaThatSignsCertificatesAndIsValidNow() throws Exception {
        FactoryPki.Issued root = FactoryPki.ca("CN=Acme Factory Root");
        assertEquals(root.certificate(), FactoryChain.parseCa(TestPki.pem(root.certificate()), NOW));
        String devicePem = TestPki.pem(FactoryPki.device("CN=pump-9, SERIALNUMBER=9", root).certificate());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FactoryChain.parseCa(devicePem, NOW)).getMessage()
                .contains("not a CA"));
        assertThrows(IllegalArgumentException.class, () -> FactoryChain.parseCa("-----BEGIN CERTIFICATE-----\nAAAA\n"
                + "-----END CERTIFICATE-----\n", NOW));
        assertThrows(IllegalArgumentException.class, () -> FactoryChain.parseCa(TestPki.pem(root.certificate())
                + TestPki.pem(root.certificate()), NOW));
        assertThrows(IllegalArgumentException.class, () -> FactoryChain.parseCa(TestPki.pem(root.certificate()),
                NOW.plus(Duration.ofDays(4000))));
    }
}
