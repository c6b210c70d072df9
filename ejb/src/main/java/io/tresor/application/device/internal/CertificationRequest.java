package io.tresor.application.device.internal;

import io.tresor.application.device.EnrollmentRefused;
import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * A device's PKCS#10 certificate request that has passed Tresor's checks: it parses, its
 * signature proves the sender holds the private key, and the key is one Tresor issues for
 * (EC on P-256 or P-384, RSA of 2048 bits or more). Nothing of the request but its key, and
 * the common name the caller may insist on, reaches a certificate: attributes and requested
 * extensions are ignored.
 */
public final class CertificationRequest {

    /** Far above any real CSR (a few kB); refuses megabytes of input before parsing them. */
    private static final int MAX_BYTES = 64 * 1024;

    /** The JDK's own ceiling for RSA moduli; larger keys would fail later, less clearly. */
    private static final int RSA_MAX_BITS = 16384;
    private static final int RSA_MIN_BITS = 2048;

    private static final String ALLOWED = "Tresor accepts EC keys on P-256 or P-384, or RSA keys of "
            + RSA_MIN_BITS + " to " + RSA_MAX_BITS + " bits";

    private final JcaPKCS10CertificationRequest request;
    private final PublicKey publicKey;

    private CertificationRequest(JcaPKCS10CertificationRequest request, PublicKey publicKey) {
        this.request = request;
        this.publicKey = publicKey;
    }

    /** One PEM block of type CERTIFICATE REQUEST (or NEW CERTIFICATE REQUEST), as openssl writes it. */
    public static CertificationRequest parsePem(String pem) throws EnrollmentRefused {
        if (pem == null || pem.isBlank()) {
            throw malformed("The CSR is empty", null);
        }
        if (pem.length() > MAX_BYTES) {
            throw malformed("The CSR is larger than " + MAX_BYTES + " bytes", null);
        }
        PemObject block;
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            block = parser.readPemObject();
            if (block == null) {
                throw malformed("The CSR is not PEM: expected a -----BEGIN CERTIFICATE REQUEST----- block", null);
            }
            if (!block.getType().equals("CERTIFICATE REQUEST") && !block.getType().equals("NEW CERTIFICATE REQUEST")) {
                throw malformed("Expected a CERTIFICATE REQUEST block but found " + block.getType(), null);
            }
            if (parser.readPemObject() != null) {
                throw malformed("Expected exactly one CERTIFICATE REQUEST block but found more than one PEM block", null);
            }
        } catch (IOException | RuntimeException e) {
            // PemReader reports a missing END line as IOException and broken base64 as DecoderException.
            throw malformed("The CSR's PEM is damaged (truncated or not base64)", e);
        }
        return parseDer(block.getContent());
    }

    /** DER bytes of a PKCS#10 request, as EST sends them (base64-decoded by the caller). */
    public static CertificationRequest parseDer(byte[] der) throws EnrollmentRefused {
        if (der == null || der.length == 0) {
            throw malformed("The CSR is empty", null);
        }
        if (der.length > MAX_BYTES) {
            throw malformed("The CSR is larger than " + MAX_BYTES + " bytes", null);
        }
        JcaPKCS10CertificationRequest request;
        try {
            request = new JcaPKCS10CertificationRequest(der);
        } catch (IOException | RuntimeException e) {
            throw malformed("The CSR is not a DER-encoded PKCS#10 certification request", e);
        }
        requireAllowedKey(request.getSubjectPublicKeyInfo());
        PublicKey key;
        try {
            key = request.getPublicKey();
        } catch (GeneralSecurityException | RuntimeException e) {
            throw malformed("The CSR's public key cannot be decoded", e);
        }
        requireValidSignature(request, key);
        return new CertificationRequest(request, key);
    }

    private static void requireAllowedKey(SubjectPublicKeyInfo info) throws EnrollmentRefused {
        AlgorithmIdentifier algorithm = info.getAlgorithm();
        ASN1ObjectIdentifier type = algorithm.getAlgorithm();
        if (type.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
            ASN1Encodable parameters = algorithm.getParameters();
            if (!(parameters instanceof ASN1ObjectIdentifier curve)) {
                throw keyNotAllowed("an EC key with explicit curve parameters");
            }
            if (!curve.equals(SECObjectIdentifiers.secp256r1) && !curve.equals(SECObjectIdentifiers.secp384r1)) {
                String name = ECNamedCurveTable.getName(curve);
                throw keyNotAllowed("an EC key on curve " + (name != null ? name : curve.getId()));
            }
        } else if (type.equals(PKCSObjectIdentifiers.rsaEncryption)) {
            int bits;
            try {
                bits = RSAPublicKey.getInstance(info.parsePublicKey()).getModulus().bitLength();
            } catch (IOException | RuntimeException e) {
                throw malformed("The CSR's RSA public key cannot be decoded", e);
            }
            if (bits < RSA_MIN_BITS || bits > RSA_MAX_BITS) {
                throw keyNotAllowed("an RSA key of " + bits + " bits");
            }
        } else {
            throw keyNotAllowed("a key of type " + keyTypeName(type));
        }
    }

    /** BouncyCastle's name finder knows signature algorithms better than key types; these are the likely ones. */
    private static String keyTypeName(ASN1ObjectIdentifier type) {
        if (type.equals(EdECObjectIdentifiers.id_Ed25519)) {
            return "Ed25519";
        } else if (type.equals(EdECObjectIdentifiers.id_Ed448)) {
            return "Ed448";
        } else if (type.equals(PKCSObjectIdentifiers.id_RSASSA_PSS)) {
            return "RSASSA-PSS";
        }
        return new DefaultAlgorithmNameFinder().getAlgorithmName(type);
    }

    private static void requireValidSignature(JcaPKCS10CertificationRequest request, PublicKey key)
            throws EnrollmentRefused {
        boolean valid;
        try {
            valid = request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key));
        } catch (OperatorCreationException e) {
            String algorithm = new DefaultAlgorithmNameFinder().getAlgorithmName(request.getSignatureAlgorithm());
            throw new EnrollmentRefused(EnrollmentRefused.BAD_SIGNATURE,
                    "The CSR is signed with " + algorithm + ", which Tresor cannot verify", e);
        } catch (PKCSException | RuntimeException e) {
            valid = false;
        }
        if (!valid) {
            throw new EnrollmentRefused(EnrollmentRefused.BAD_SIGNATURE,
                    "The CSR is signed with a key other than the one it contains");
        }
    }

    private static EnrollmentRefused malformed(String message, Throwable cause) {
        return new EnrollmentRefused(EnrollmentRefused.MALFORMED, message, cause);
    }

    private static EnrollmentRefused keyNotAllowed(String found) {
        return new EnrollmentRefused(EnrollmentRefused.KEY_NOT_ALLOWED, "The CSR contains " + found + "; " + ALLOWED);
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The subject's common name, or null if it has none or, ambiguously, several. */
    public String commonName() {
        List<ASN1Encodable> names = new ArrayList<>();
        for (RDN rdn : request.getSubject().getRDNs()) {
            for (AttributeTypeAndValue attribute : rdn.getTypesAndValues()) {
                if (attribute.getType().equals(BCStyle.CN)) {
                    names.add(attribute.getValue());
                }
            }
        }
        return names.size() == 1 && names.get(0) instanceof ASN1String name ? name.getString() : null;
    }

    /** For enrollments that must name a device (re-enrollment, pre-registered ids): exact, case-sensitive. */
    public void requireCommonName(String expected) throws EnrollmentRefused {
        String actual = commonName();
        if (actual == null || !actual.equals(expected)) {
            throw new EnrollmentRefused(EnrollmentRefused.WRONG_SUBJECT, "The CSR's subject must be CN=" + expected
                    + " but " + (actual == null ? "has no single common name" : "is CN=" + actual));
        }
    }

    public byte[] der() {
        try {
            return request.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("A parsed CSR cannot be re-encoded", e);
        }
    }
}
