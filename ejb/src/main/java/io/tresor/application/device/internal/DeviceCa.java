package io.tresor.application.device.internal;

import io.tresor.application.crypto.Keystore;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Tresor's own PKI for devices: a root CA (ECDSA P-384, 20 years) that signs only the issuing
 * CA (ECDSA P-256, 10 years, path length 0), which signs device certificates and the CRL. Both
 * live in one PKCS#12 keystore under their aliases; only the issuing key is held in memory, the
 * root key stays in the file. Instances are immutable and safe to share between threads.
 */
public final class DeviceCa {

    public static final String ROOT_ALIAS = "root-ca";
    public static final String ISSUING_ALIAS = "issuing-ca";

    /** Devices whose clock runs a little behind must still accept a certificate issued just now. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Period ROOT_LIFETIME = Period.ofYears(20);
    private static final Period ISSUING_LIFETIME = Period.ofYears(10);

    /** Ids go into a URN and an IA5String: nothing that needs escaping; the tenant id never holds the separator. */
    private static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9._~-]{1,64}");
    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9._~:-]{1,64}");

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A revoked certificate as the CRL lists it; {@code reasonCode} is an RFC 5280 code, see {@link #reasonCode}. */
    public record Revocation(BigInteger serial, Instant revokedAt, int reasonCode) {
        public Revocation {
            Objects.requireNonNull(serial, "serial");
            Objects.requireNonNull(revokedAt, "revokedAt");
            // 7 is unassigned; removeFromCRL (8) belongs to delta CRLs, which Tresor does not publish.
            if (reasonCode < CRLReason.unspecified || reasonCode > CRLReason.aACompromise
                    || reasonCode == 7 || reasonCode == CRLReason.removeFromCRL) {
                throw new IllegalArgumentException("Not an RFC 5280 reason code for a full CRL: " + reasonCode);
            }
        }
    }

    private final X509Certificate root;
    private final X509Certificate issuing;
    private final PrivateKey issuingKey;

    private DeviceCa(X509Certificate root, X509Certificate issuing, PrivateKey issuingKey) {
        this.root = root;
        this.issuing = issuing;
        this.issuingKey = issuingKey;
    }

    /**
     * Loads the CA from {@code keystore}, or creates both CAs and the file (owner-only) on first
     * start. {@code installationName} is only read on creation; a reopened CA keeps its names.
     */
    public static DeviceCa openOrCreate(Keystore keystore, String installationName) {
        try {
            if (!keystore.exists()) {
                create(keystore, installationName);
            }
            Certificate[] chain = keystore.chain(ISSUING_ALIAS);
            PrivateKey key = keystore.privateKey(ISSUING_ALIAS).orElse(null);
            if (key == null || chain == null || chain.length != 2) {
                throw new IllegalStateException("The device CA keystore " + keystore + " has no " + ISSUING_ALIAS
                        + " key with its two-certificate chain");
            }
            return new DeviceCa((X509Certificate) chain[1], (X509Certificate) chain[0], key);
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot open the device CA keystore " + keystore + ": " + e.getMessage(), e);
        }
    }

    private static void create(Keystore keystore, String installationName)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        Objects.requireNonNull(installationName, "installationName");
        Instant now = Instant.now();
        Date notBefore = Date.from(now.minus(CLOCK_SKEW));
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();

        KeyPair rootKeys = generateEc("secp384r1");
        X500Name rootName = caName(installationName + " Device Root CA");
        X509Certificate root = sign(new JcaX509v3CertificateBuilder(rootName, serial(), notBefore,
                plus(now, ROOT_LIFETIME), rootName, rootKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(rootKeys.getPublic())),
                "SHA384withECDSA", rootKeys.getPrivate());

        KeyPair issuingKeys = generateEc("secp256r1");
        X509Certificate issuing = sign(new JcaX509v3CertificateBuilder(root, serial(), notBefore,
                plus(now, ISSUING_LIFETIME), caName(installationName + " Device Issuing CA"), issuingKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(issuingKeys.getPublic()))
                .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(root.getPublicKey())),
                "SHA384withECDSA", rootKeys.getPrivate());

        keystore.create(List.of(new Keystore.Entry(ROOT_ALIAS, rootKeys.getPrivate(), root),
                new Keystore.Entry(ISSUING_ALIAS, issuingKeys.getPrivate(), issuing, root)));
    }

    /** O first, so the name reads "CN=..., O=Tresor" in RFC 2253 and conventionally in the DER. */
    private static X500Name caName(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "Tresor").addRDN(BCStyle.CN, commonName).build();
    }

    private static KeyPair generateEc(String curve) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve), RANDOM);
        return generator.generateKeyPair();
    }

    /** 127 random bits under a set top bit: always positive, 128 bits long, never zero (RFC 5280 allows 20 octets). */
    private static BigInteger serial() {
        return new BigInteger(128, RANDOM).setBit(127);
    }

    private static Date plus(Instant instant, Period period) {
        return Date.from(instant.atOffset(ZoneOffset.UTC).plus(period).toInstant());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, String algorithm, PrivateKey key)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer(algorithm, key)));
    }

    private static ContentSigner signer(String algorithm, PrivateKey key) throws OperatorCreationException {
        return new JcaContentSignerBuilder(algorithm).build(key);
    }

    /** The issuing CA, then the root. */
    public List<X509Certificate> chain() {
        return List.of(issuing, root);
    }

    /** The issuing CA, then the root, in PEM: what devices and {@code openssl verify -CAfile} are given. */
    public String chainPem() {
        return pem(issuing, root);
    }

    /** The device certificate followed by the CA chain, as enrollment returns it. */
    public String pemChainFor(X509Certificate device) {
        return pem(device, issuing, root);
    }

    public static String pem(X509Certificate... certificates) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            for (X509Certificate certificate : certificates) {
                writer.writeObject(certificate);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a certificate as PEM", e);
        }
        return out.toString();
    }

    /**
     * A client certificate for one device: subject {@code CN=<deviceId>} (the rest of the CSR's
     * subject and its requested extensions are ignored), SAN {@code urn:tresor:device:<tenantId>:<deviceId>},
     * valid from five minutes before {@code now} to {@code now + validity}, but never beyond the issuing CA.
     *
     * @throws IllegalArgumentException if an id holds characters other than letters, digits and
     *         {@code . _ ~ -} (the device id may also hold {@code :}), is longer than 64, or validity is not positive
     */
    public X509Certificate issue(CertificationRequest csr, String tenantId, String deviceId, Duration validity, Instant now) {
        requireId("tenant id", tenantId, TENANT_ID);
        requireId("device id", deviceId, DEVICE_ID);
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("A certificate's validity must be positive: " + validity);
        }
        Instant notAfter = now.plus(validity);
        if (notAfter.isAfter(issuing.getNotAfter().toInstant())) {
            notAfter = issuing.getNotAfter().toInstant();
        }
        PublicKey key = csr.publicKey();
        int usage = KeyUsage.digitalSignature | ("RSA".equals(key.getAlgorithm()) ? KeyUsage.keyEncipherment : KeyUsage.keyAgreement);
        GeneralName uri = new GeneralName(GeneralName.uniformResourceIdentifier, "urn:tresor:device:" + tenantId + ":" + deviceId);
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            return sign(new JcaX509v3CertificateBuilder(issuing, serial(), Date.from(now.minus(CLOCK_SKEW)), Date.from(notAfter),
                    new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, deviceId).build(), key)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(usage))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth))
                    .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(uri))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key))
                    .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(issuing.getPublicKey())),
                    "SHA256withECDSA", issuingKey);
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot issue a certificate for device " + deviceId, e);
        }
    }

    private static void requireId(String what, String id, Pattern allowed) {
        if (id == null || !allowed.matcher(id).matches()) {
            throw new IllegalArgumentException("Not a " + what + " Tresor can put in a certificate: " + id);
        }
    }

    /**
     * A DER X.509 v2 CRL of the issuing CA. {@code crlNumber} must grow with every CRL published
     * (RFC 5280 5.2.3); the caller keeps it. Entries with reason unspecified carry no reason code,
     * as RFC 5280 5.3.1 asks.
     */
    public byte[] crl(List<Revocation> revoked, long crlNumber, Instant thisUpdate, Instant nextUpdate) {
        if (crlNumber < 0) {
            throw new IllegalArgumentException("A CRL number is not negative: " + crlNumber);
        }
        if (!nextUpdate.isAfter(thisUpdate)) {
            throw new IllegalArgumentException("A CRL's next update must follow its this update");
        }
        try {
            X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(issuing, Date.from(thisUpdate));
            builder.setNextUpdate(Date.from(nextUpdate));
            for (Revocation entry : revoked) {
                builder.addCRLEntry(entry.serial(), Date.from(entry.revokedAt()), entry.reasonCode());
            }
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(crlNumber)));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuing.getPublicKey()));
            return builder.build(signer("SHA256withECDSA", issuingKey)).getEncoded();
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot sign the device CRL", e);
        }
    }

    /** RFC 5280 reason code for the words Tresor offers when revoking; anything else is unspecified. */
    public static int reasonCode(String reason) {
        return switch (reason == null ? "" : reason) {
            case "keyCompromise" -> CRLReason.keyCompromise;
            case "superseded" -> CRLReason.superseded;
            case "cessationOfOperation" -> CRLReason.cessationOfOperation;
            case "affiliationChanged" -> CRLReason.affiliationChanged;
            default -> CRLReason.unspecified;
        };
    }

    /**
     * Whether the issuing CA signed {@code certificate}. Says nothing about its validity period
     * or revocation, which the caller checks.
     */
    public boolean issued(X509Certificate certificate) {
        if (certificate == null || !certificate.getIssuerX500Principal().equals(issuing.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(issuing.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
