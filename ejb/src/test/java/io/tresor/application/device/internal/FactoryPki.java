package io.tresor.application.device.internal;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A manufacturer's factory PKI for tests: a CA, an optional intermediate, device certificates. */
final class FactoryPki {

    private static final AtomicLong SERIALS = new AtomicLong(1);

    /** A certificate with the key pair that belongs to it. */
    record Issued(X509Certificate certificate, KeyPair keys) {
    }

    private FactoryPki() {
    }

    static Issued ca(String subject) throws Exception {
        KeyPair keys = TestPki.ec("secp256r1");
        return new Issued(ca(subject, keys.getPublic(), new X500Name(subject), keys.getPrivate(), 1, Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(3650))), keys);
    }

    static Issued intermediate(String subject, Issued issuer) throws Exception {
        KeyPair keys = TestPki.ec("secp256r1");
        return new Issued(ca(subject, keys.getPublic(), name(issuer),
                issuer.keys().getPrivate(), 0, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(3650))),
                keys);
    }

    /** The issuer's name exactly as encoded, so the chain links byte for byte. */
    private static X500Name name(Issued issuer) {
        return X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
    }

    private static X509Certificate ca(String subject, PublicKey key, X500Name issuer, PrivateKey signer, int pathLength,
                                      Instant from, Instant to) throws Exception {
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, serial(), Date.from(from),
                Date.from(to), new X500Name(subject), key)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(pathLength))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return sign(b, signer);
    }

    /** A device certificate, valid from yesterday for a year, for TLS client authentication. */
    static Issued device(String subject, Issued issuer) throws Exception {
        return device(subject, issuer, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(365)),
                KeyPurposeId.id_kp_clientAuth);
    }

    static Issued device(String subject, Issued issuer, Instant from, Instant to, KeyPurposeId usage) throws Exception {
        KeyPair keys = TestPki.ec("secp256r1");
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name(issuer), serial(), Date.from(from),
                Date.from(to), new X500Name(subject), keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(usage));
        return new Issued(sign(b, issuer.keys().getPrivate()), keys);
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIALS.getAndIncrement()).shiftLeft(16).add(BigInteger.valueOf(System.nanoTime() & 0xffff));
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, PrivateKey signer) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withECDSA")
                .build(signer)));
    }
}
