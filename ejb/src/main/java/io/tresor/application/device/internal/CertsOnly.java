package io.tresor.application.device.internal;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataGenerator;

/**
 * A "certs-only" CMS SignedData (PKCS#7 with certificates, no content, no signers): the form
 * EST (RFC 7030, 4.1.3 and 4.2.3) answers with. Built by BouncyCastle's CMS classes and encoded
 * as DER, so every client (openssl pkcs7, libest) reads it.
 */
final class CertsOnly {

    private CertsOnly() {
    }

    static byte[] of(List<X509Certificate> certificates) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addCertificates(new JcaCertStore(certificates));
            return generator.generate(new CMSAbsentContent()).getEncoded(ASN1Encoding.DER);
        } catch (CertificateEncodingException | CMSException | IOException e) {
            throw new IllegalStateException("Cannot build a certs-only PKCS#7", e);
        }
    }
}
