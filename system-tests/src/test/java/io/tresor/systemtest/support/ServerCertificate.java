package io.tresor.systemtest.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Trusts exactly the certificate the server under test presents, read from the keystore the
 * launcher uses. A trust-all context would do for localhost, but pinning costs a few lines
 * and makes a test fail if it ever talks to some other server on the port.
 */
final class ServerCertificate {

    private static final String ALIAS = "tresor";

    private ServerCertificate() {
    }

    /** A TLS context trusting the certificate of the Tresor that runs with this data directory. */
    static SSLContext trustStore(Path tresorHome) {
        try {
            return context(certificate(tresorHome));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build a trust store", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build a trust store from the server's certificate", e);
        }
    }

    /** The same certificate as PEM, for clients outside the JVM. */
    static void writePem(Path tresorHome, Path pem) {
        try {
            Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                    .encodeToString(certificate(tresorHome).getEncoded()) + "\n-----END CERTIFICATE-----\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + pem, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encode the server's certificate", e);
        }
    }

    private static Certificate certificate(Path tresorHome) throws GeneralSecurityException {
        // Same choice as the launcher: an operator's keystore if given, else the generated one.
        String operatorKeystore = System.getenv("TRESOR_TLS_KEYSTORE");
        Path keystore;
        String password;
        try {
            if (operatorKeystore != null && !operatorKeystore.isBlank()) {
                keystore = Path.of(operatorKeystore);
                password = System.getenv("TRESOR_TLS_KEYSTORE_PASSWORD");
            } else {
                keystore = tresorHome.resolve("tls/server.p12");
                password = Files.readString(tresorHome.resolve("tls/keystore.password"), StandardCharsets.UTF_8).strip();
            }
            return certificate(keystore, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the server's keystore under " + tresorHome, e);
        }
    }

    private static Certificate certificate(Path keystore, String password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password.toCharArray());
        }
        Certificate certificate = store.getCertificate(ALIAS);
        if (certificate == null) {
            throw new IllegalStateException(keystore + " has no entry " + ALIAS);
        }
        return certificate;
    }

    private static SSLContext context(Certificate certificate) throws IOException, GeneralSecurityException {
        // PKIX trusts only certificate entries, not the certificate of a key entry: copy it over.
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry(ALIAS, certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
