package io.tresor.systemtest.services;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A manufacturer's factory CA and the certificates it gives its devices, made in the test. */
final class FactoryCerts {

    private static final SecureRandom RANDOM = new SecureRandom();

    final X509Certificate ca;
    private final KeyPair caKeys;

    FactoryCerts(String commonName) throws Exception {
        caKeys = keys();
        X500Name name = new X500Name("CN=" + commonName + ", O=Acme");
        ca = sign(new JcaX509v3CertificateBuilder(name, serial(), Date.from(Instant.now().minus(Duration.ofDays(1))),
                Date.from(Instant.now().plus(Duration.ofDays(3650))), name, caKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign)));
    }

    /** A device certificate with subject {@code CN=<deviceId>, SERIALNUMBER=<serial>}, valid from {@code from} to {@code to}. */
    X509Certificate device(String deviceId, String serial, Instant from, Instant to) throws Exception {
        X500Name subject = new X500Name("CN=" + deviceId + ", SERIALNUMBER=" + serial + ", O=Acme");
        return sign(new JcaX509v3CertificateBuilder(X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()), serial(),
                Date.from(from), Date.from(to), subject, keys().getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth)));
    }

    X509Certificate device(String deviceId, String serial) throws Exception {
        return device(deviceId, serial, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(365)));
    }

    String caPem() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(ca);
        }
        return out.toString();
    }

    String caSubject() {
        return ca.getSubjectX500Principal().getName(javax.security.auth.x500.X500Principal.CANONICAL);
    }

    String caFingerprint() throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ca.getEncoded()));
    }

    static KeyPair keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(120, RANDOM).setBit(119);
    }

    private X509Certificate sign(X509v3CertificateBuilder builder) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA")
                .build(caKeys.getPrivate())));
    }
}
