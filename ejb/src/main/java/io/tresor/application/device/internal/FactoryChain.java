package io.tresor.application.device.internal;

import io.tresor.application.device.AuthenticationRefused;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The checks on a device's certificate chain against a manufacturer's factory CA, and what
 * Tresor reads from a factory certificate: the device id is the subject's common name, the
 * asset's serial number the subject's {@code serialNumber} attribute (X.520, OID 2.5.4.5, the
 * place IEEE 802.1AR gives a device's serial number). Plain JDK PKIX validation without
 * revocation checking: a factory CA publishes no CRL Tresor could rely on; Tresor revokes the
 * device instead.
 */
public final class FactoryChain {

    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final String ANY_USAGE = "2.5.29.37.0";
    private static final int MAX_SERIAL = 100;

    private FactoryChain() {
    }

    /** The canonical subject of the CAs that might anchor the chain: every issuer named in it. */
    public static Set<String> issuerSubjects(X509Certificate[] chain) {
        Set<String> subjects = new LinkedHashSet<>();
        for (X509Certificate c : chain) {
            subjects.add(canonical(c.getIssuerX500Principal()));
        }
        return subjects;
    }

    public static String canonical(X500Principal name) {
        return name.getName(X500Principal.CANONICAL);
    }

    /**
     * Validates {@code chain} (device certificate first, intermediates after it, the CA itself
     * optional at the end) as leading to {@code ca} at {@code now}.
     */
    public static void validate(X509Certificate[] chain, X509Certificate ca, Instant now) throws AuthenticationRefused {
        if (chain == null || chain.length == 0 || Arrays.stream(chain).anyMatch(c -> c == null)) {
            throw invalid("The connection presented no certificate chain");
        }
        X509Certificate device = chain[0];
        if (device.getBasicConstraints() != -1) {
            throw invalid("The device certificate is a CA certificate");
        }
        requireClientUsage(device);
        Date at = Date.from(now);
        if (at.before(ca.getNotBefore()) || at.after(ca.getNotAfter())) {
            throw new AuthenticationRefused(AuthenticationRefused.CERTIFICATE_EXPIRED, "The factory CA "
                    + canonical(ca.getSubjectX500Principal()) + " is not valid now (" + ca.getNotBefore().toInstant()
                    + " to " + ca.getNotAfter().toInstant() + ")");
        }
        List<X509Certificate> path = new ArrayList<>();
        for (X509Certificate c : chain) {
            if (c.equals(ca)) {
                break;
            }
            path.add(c);
        }
        try {
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(ca, null)));
            parameters.setRevocationEnabled(false);
            parameters.setDate(at);
            CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509").generateCertPath(path),
                    parameters);
        } catch (CertPathValidatorException e) {
            if (e.getReason() == CertPathValidatorException.BasicReason.EXPIRED
                    || e.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
                throw new AuthenticationRefused(AuthenticationRefused.CERTIFICATE_EXPIRED,
                        "A certificate of the chain is not valid now: " + e.getMessage(), e);
            }
            String what = e.getReason() == PKIXReason.NO_TRUST_ANCHOR ? "does not lead to the factory CA" : "does not verify";
            throw new AuthenticationRefused(AuthenticationRefused.CHAIN_INVALID, "The certificate chain " + what
                    + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new AuthenticationRefused(AuthenticationRefused.CHAIN_INVALID, "The certificate chain cannot be checked: "
                    + e.getMessage(), e);
        }
    }

    /** A certificate limited to other purposes (e.g. server only) must not log a device in. */
    private static void requireClientUsage(X509Certificate device) throws AuthenticationRefused {
        List<String> usages;
        try {
            usages = device.getExtendedKeyUsage();
        } catch (CertificateException e) {
            throw invalid("The device certificate's extended key usage cannot be read");
        }
        if (usages != null && !usages.contains(CLIENT_AUTH) && !usages.contains(ANY_USAGE)) {
            throw invalid("The device certificate's extended key usage does not allow TLS client authentication");
        }
    }

    private static AuthenticationRefused invalid(String message) {
        return new AuthenticationRefused(AuthenticationRefused.CHAIN_INVALID, message);
    }

    /** The subject's single {@code serialNumber} attribute, stripped; at most 100 characters, as assets allow. */
    public static String serialNumber(X509Certificate device) throws AuthenticationRefused {
        String serial = single(device, BCStyle.SERIALNUMBER);
        if (serial == null || serial.isBlank() || serial.strip().length() > MAX_SERIAL) {
            throw new AuthenticationRefused(AuthenticationRefused.SERIAL_MISSING, "The device certificate's subject must"
                    + " carry exactly one serialNumber attribute (OID 2.5.4.5) of 1 to " + MAX_SERIAL + " characters");
        }
        return serial.strip();
    }

    /** The subject's single common name, or null if it has none or several. */
    public static String commonName(X509Certificate certificate) {
        return single(certificate, BCStyle.CN);
    }

    private static String single(X509Certificate certificate, ASN1ObjectIdentifier type) {
        List<String> values = new ArrayList<>();
        for (RDN rdn : X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs()) {
            for (AttributeTypeAndValue attribute : rdn.getTypesAndValues()) {
                if (attribute.getType().equals(type)) {
                    values.add(attribute.getValue() instanceof ASN1String s ? s.getString() : null);
                }
            }
        }
        return values.size() == 1 ? values.get(0) : null;
    }

    /**
     * A factory CA as an operator registers it: one PEM certificate of a CA (basic constraints
     * cA), allowed to sign certificates, valid now.
     *
     * @throws IllegalArgumentException with a message for the operator
     */
    public static X509Certificate parseCa(String pem, Instant now) {
        if (pem == null || pem.isBlank() || pem.length() > 8000) {
            throw new IllegalArgumentException("The CA certificate must be one PEM certificate of at most 8000 characters");
        }
        X509Certificate ca;
        try {
            var certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
            if (certificates.size() != 1) {
                throw new IllegalArgumentException("The CA certificate must be exactly one PEM certificate, found "
                        + certificates.size());
            }
            ca = (X509Certificate) certificates.iterator().next();
        } catch (CertificateException | RuntimeException e) {
            if (e instanceof IllegalArgumentException i && i.getMessage() != null && i.getMessage().startsWith("The CA")) {
                throw i;
            }
            throw new IllegalArgumentException("The CA certificate is not a PEM X.509 certificate", e);
        }
        if (ca.getBasicConstraints() < 0) {
            throw new IllegalArgumentException("The certificate is not a CA certificate (basic constraints without cA)");
        }
        boolean[] usage = ca.getKeyUsage();
        if (usage != null && !usage[5]) {
            throw new IllegalArgumentException("The CA certificate's key usage does not allow signing certificates");
        }
        Date at = Date.from(now);
        if (at.before(ca.getNotBefore()) || at.after(ca.getNotAfter())) {
            throw new IllegalArgumentException("The CA certificate is not valid now");
        }
        return ca;
    }
}
