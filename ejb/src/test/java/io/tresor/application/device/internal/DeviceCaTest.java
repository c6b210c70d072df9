package io.tresor.application.device.internal;

import io.tresor.application.crypto.Keystore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The device PKI end to end: keystore, chain, issued certificates, CRL, and openssl's view of them. */
class DeviceCaTest {

    /** X.509 times have whole seconds. */
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @TempDir
    Path dir;

    /** Made up per test: no secret is written in code. */
    private final char[] password = UUID.randomUUID().toString().toCharArray();

    private DeviceCa ca() {
        return DeviceCa.openOrCreate(Keystore.file(dir.resolve("keys/device-ca.p12"), password), "Acme Plant");
    }

    private static X509Certificate issue(DeviceCa ca, String deviceId) throws Exception {
        return ca.issue(TestPki.parsed("CN=whatever, O=Evil", TestPki.ec("secp256r1")), "t-1", deviceId, Duration.ofDays(365), NOW);
    }

    private static List<X509Certificate> certificates(String pem) throws Exception {
        Collection<? extends java.security.cert.Certificate> all = CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        return all.stream().map(X509Certificate.class::cast).toList();
    }

    @Test
    void reopeningTheKeystoreGivesTheSameChain() throws Exception {
        DeviceCa created = ca();
        Path file = dir.resolve("keys/device-ca.p12");
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        assertFalse(Files.exists(dir.resolve("keys/device-ca.p12.new")), "the temporary file was renamed");

        DeviceCa reopened = DeviceCa.openOrCreate(Keystore.file(file, password), "another name is ignored");
        assertEquals(created.chain(), reopened.chain());
        assertEquals(created.chainPem(), reopened.chainPem());
        assertTrue(reopened.issued(issue(created, "dev-1")), "the reopened CA holds the same issuing key");
    }

    @Test
    void aWrongPasswordDoesNotOpenTheKeystore() {
        ca();
        char[] wrong = UUID.randomUUID().toString().toCharArray();
        assertThrows(IllegalStateException.class,
                () -> DeviceCa.openOrCreate(Keystore.file(dir.resolve("keys/device-ca.p12"), wrong), "Acme Plant"));
    }

    @Test
    void theIssuingCaIsSignedByTheRootAndMaySignOnlyEndEntities() throws Exception {
        List<X509Certificate> chain = ca().chain();
        X509Certificate issuing = chain.get(0);
        X509Certificate root = chain.get(1);

        root.verify(root.getPublicKey());
        issuing.verify(root.getPublicKey());
        assertEquals("CN=Acme Plant Device Root CA,O=Tresor", root.getSubjectX500Principal().getName());
        assertEquals("CN=Acme Plant Device Issuing CA,O=Tresor", issuing.getSubjectX500Principal().getName());
        assertEquals(384, ((ECPublicKey) root.getPublicKey()).getParams().getCurve().getField().getFieldSize());
        assertEquals(256, ((ECPublicKey) issuing.getPublicKey()).getParams().getCurve().getField().getFieldSize());
        assertEquals(Integer.MAX_VALUE, root.getBasicConstraints(), "a CA without a path length limit");
        assertEquals(0, issuing.getBasicConstraints(), "a CA that signs no further CA");
        for (X509Certificate ca : chain) {
            boolean[] usage = ca.getKeyUsage();
            assertTrue(usage[5] && usage[6] && !usage[0], "keyCertSign and cRLSign only");
            assertTrue(ca.getCriticalExtensionOIDs().containsAll(Set.of(Extension.basicConstraints.getId(), Extension.keyUsage.getId())));
            assertNotNull(ca.getExtensionValue(Extension.subjectKeyIdentifier.getId()));
        }
        assertNotNull(issuing.getExtensionValue(Extension.authorityKeyIdentifier.getId()));
        assertTrue(root.getNotAfter().toInstant().isAfter(NOW.plus(Duration.ofDays(20 * 365))));
        assertTrue(issuing.getNotAfter().toInstant().isAfter(NOW.plus(Duration.ofDays(10 * 365))));
        assertEquals(chain, certificates(ca().chainPem()), "the PEM lists the issuing CA, then the root");
    }

    @Test
    void anIssuedCertificateNamesOnlyTheDeviceAndServesClientAuthentication() throws Exception {
        DeviceCa ca = ca();
        X509Certificate device = ca.issue(TestPki.parsed("CN=whatever, O=Evil", TestPki.ec("secp256r1")), "t-1", "dev-1",
                Duration.ofDays(90), NOW);

        assertEquals("CN=dev-1", device.getSubjectX500Principal().getName());
        assertEquals(ca.chain().get(0).getSubjectX500Principal(), device.getIssuerX500Principal());
        assertEquals(List.of(List.of(6, "urn:tresor:device:t-1:dev-1")), List.copyOf(device.getSubjectAlternativeNames()));
        assertEquals(List.of("1.3.6.1.5.5.7.3.2"), device.getExtendedKeyUsage());
        assertEquals(-1, device.getBasicConstraints());
        assertTrue(device.getCriticalExtensionOIDs().containsAll(Set.of(Extension.basicConstraints.getId(), Extension.keyUsage.getId())));
        boolean[] usage = device.getKeyUsage();
        assertTrue(usage[0] && usage[4] && !usage[2] && !usage[5], "digitalSignature and keyAgreement for an EC key");
        assertEquals(Date.from(NOW.minus(Duration.ofMinutes(5))), device.getNotBefore());
        assertEquals(Date.from(NOW.plus(Duration.ofDays(90))), device.getNotAfter());
        assertEquals("SHA256withECDSA", device.getSigAlgName());
        assertNotNull(device.getExtensionValue(Extension.subjectKeyIdentifier.getId()));
        assertNotNull(device.getExtensionValue(Extension.authorityKeyIdentifier.getId()));

        X509Certificate rsa = ca.issue(TestPki.parsed("CN=dev-2", TestPki.rsa(2048)), "t-1", "dev-2", Duration.ofDays(1), NOW);
        boolean[] rsaUsage = rsa.getKeyUsage();
        assertTrue(rsaUsage[0] && rsaUsage[2] && !rsaUsage[4], "digitalSignature and keyEncipherment for an RSA key");
    }

    @Test
    void anIssuedCertificateValidatesUpToTheRoot() throws Exception {
        DeviceCa ca = ca();
        X509Certificate device = issue(ca, "dev-1");
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(ca.chain().get(1), null)));
        parameters.setRevocationEnabled(false);
        parameters.setDate(Date.from(NOW));
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(List.of(device, ca.chain().get(0))), parameters);

        assertEquals(List.of(device, ca.chain().get(0), ca.chain().get(1)), certificates(ca.pemChainFor(device)));
    }

    @Test
    void serialsAreRandomPositive128BitNumbers() throws Exception {
        DeviceCa ca = ca();
        Set<BigInteger> serials = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            serials.add(issue(ca, "dev-" + i).getSerialNumber());
        }
        ca.chain().forEach(c -> serials.add(c.getSerialNumber()));
        assertEquals(22, serials.size());
        for (BigInteger serial : serials) {
            assertEquals(1, serial.signum());
            assertEquals(128, serial.bitLength());
        }
    }

    @Test
    void idsThatCannotGoIntoTheUrnAreRefused() throws Exception {
        DeviceCa ca = ca();
        CertificationRequest csr = TestPki.parsed("CN=dev-1", TestPki.ec("secp256r1"));
        assertTrue(issue(ca, "aa:bb:cc:dd:ee:ff").getSubjectAlternativeNames().toString().contains("t-1:aa:bb:cc:dd:ee:ff"));
        for (String[] ids : new String[][] {{"t:1", "dev-1"}, {"t-1", "dev 1"}, {"t-1", "dév"}, {"t-1", ""}, {null, "dev-1"},
                {"t-1", "d".repeat(65)}}) {
            assertThrows(IllegalArgumentException.class, () -> ca.issue(csr, ids[0], ids[1], Duration.ofDays(1), NOW));
        }
        assertThrows(IllegalArgumentException.class, () -> ca.issue(csr, "t-1", "dev-1", Duration.ZERO, NOW));
    }

    @Test
    void aValidityBeyondTheIssuingCaEndsWithIt() throws Exception {
        DeviceCa ca = ca();
        X509Certificate device = ca.issue(TestPki.parsed("CN=dev-1", TestPki.ec("secp256r1")), "t-1", "dev-1",
                Duration.ofDays(100 * 365), NOW);
        assertEquals(ca.chain().get(0).getNotAfter(), device.getNotAfter());
    }

    @Test
    void theCrlListsRevokedSerialsWithTheirReasonsUnderItsNumber() throws Exception {
        DeviceCa ca = ca();
        BigInteger compromised = issue(ca, "dev-1").getSerialNumber();
        BigInteger retired = issue(ca, "dev-2").getSerialNumber();
        Instant revokedAt = NOW.minus(Duration.ofHours(1));
        byte[] der = ca.crl(List.of(new DeviceCa.Revocation(compromised, revokedAt, DeviceCa.reasonCode("keyCompromise")),
                new DeviceCa.Revocation(retired, revokedAt, DeviceCa.reasonCode("no longer needed"))),
                42, NOW, NOW.plus(Duration.ofDays(1)));

        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        crl.verify(ca.chain().get(0).getPublicKey());
        assertEquals(ca.chain().get(0).getSubjectX500Principal(), crl.getIssuerX500Principal());
        assertEquals(Date.from(NOW), crl.getThisUpdate());
        assertEquals(Date.from(NOW.plus(Duration.ofDays(1))), crl.getNextUpdate());
        X509CRLEntry entry = crl.getRevokedCertificate(compromised);
        assertEquals(Date.from(revokedAt), entry.getRevocationDate());
        assertEquals(java.security.cert.CRLReason.KEY_COMPROMISE, entry.getRevocationReason());
        assertNull(crl.getRevokedCertificate(retired).getRevocationReason(), "RFC 5280 omits reason unspecified");
        assertEquals(BigInteger.valueOf(42),
                ASN1Integer.getInstance(JcaX509ExtensionUtils.parseExtensionValue(crl.getExtensionValue(Extension.cRLNumber.getId())))
                        .getValue());
        assertNotNull(crl.getExtensionValue(Extension.authorityKeyIdentifier.getId()));
        assertFalse(crl.isRevoked(issue(ca, "dev-3")));
    }

    @Test
    void reasonWordsMapToRfc5280Codes() {
        assertEquals(CRLReason.keyCompromise, DeviceCa.reasonCode("keyCompromise"));
        assertEquals(CRLReason.superseded, DeviceCa.reasonCode("superseded"));
        assertEquals(CRLReason.cessationOfOperation, DeviceCa.reasonCode("cessationOfOperation"));
        assertEquals(CRLReason.affiliationChanged, DeviceCa.reasonCode("affiliationChanged"));
        assertEquals(CRLReason.unspecified, DeviceCa.reasonCode("stolen"));
        assertEquals(CRLReason.unspecified, DeviceCa.reasonCode(null));
        assertThrows(IllegalArgumentException.class, () -> new DeviceCa.Revocation(BigInteger.ONE, NOW, 7));
    }

    @Test
    void issuedIsFalseForCertificatesOfAnotherCa() throws Exception {
        DeviceCa ca = ca();
        DeviceCa other = DeviceCa.openOrCreate(Keystore.file(dir.resolve("other/device-ca.p12"), password), "Acme Plant");
        assertTrue(ca.issued(issue(ca, "dev-1")));
        assertFalse(ca.issued(issue(other, "dev-1")), "same names, another key");
        assertFalse(ca.issued(ca.chain().get(1)), "the root is not signed by the issuing CA");
        assertFalse(ca.issued(null));
    }

    @Test
    void opensslVerifiesAnIssuedCertificateAgainstTheChain() throws Exception {
        DeviceCa ca = ca();
        Files.writeString(dir.resolve("root.pem"), DeviceCa.pem(ca.chain().get(1)));
        Files.writeString(dir.resolve("issuing.pem"), DeviceCa.pem(ca.chain().get(0)));
        Files.writeString(dir.resolve("device.pem"), DeviceCa.pem(issue(ca, "dev-1")));
        TestPki.Result verified = TestPki.openssl(dir, "verify", "-CAfile", "root.pem", "-untrusted", "issuing.pem", "device.pem");
        assertEquals(0, verified.exitCode(), verified.output());
        assertTrue(verified.output().contains("device.pem: OK"), verified.output());

        Files.writeString(dir.resolve("chain.pem"), ca.chainPem());
        TestPki.Result withChain = TestPki.openssl(dir, "verify", "-CAfile", "chain.pem", "device.pem");
        assertEquals(0, withChain.exitCode(), withChain.output());
    }
}
