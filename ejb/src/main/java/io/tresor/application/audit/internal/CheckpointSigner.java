package io.tresor.application.audit.internal;

import io.tresor.application.crypto.MasterKey;
import io.tresor.application.platform.SecretFiles;
import io.tresor.application.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Signs audit checkpoints with an ECDSA P-256 key kept in its own PKCS#12 keystore under the
 * data directory (protected by the master keystore's password), never in the database: whoever can
 * rewrite the database still cannot forge a checkpoint. The key id is a fingerprint of the
 * public key, so an exported trail names the key that verifies it.
 */
@ApplicationScoped
public class CheckpointSigner {

    private static final String ALIAS = "audit-checkpoints";

    @Inject
    Settings settings;

    @Inject
    MasterKey masterKey;

    private PrivateKey privateKey;
    private PublicKey publicKey;
    private String keyId;

    @PostConstruct
    void load() {
        Path store = settings.home().resolve("keys").resolve("audit-checkpoints.p12");
        char[] password = masterKey.keystorePassword();
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            if (Files.exists(store)) {
                try (InputStream in = Files.newInputStream(store)) {
                    ks.load(in, password);
                }
            } else {
                ks.load(null, password);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
                KeyPair pair = generator.generateKeyPair();
                ks.setKeyEntry(ALIAS, pair.getPrivate(), password, new Certificate[] {selfSigned(pair)});
                SecretFiles.createOwnerOnly(store);
                try (OutputStream out = Files.newOutputStream(store)) {
                    ks.store(out, password);
                }
            }
            privateKey = (PrivateKey) ks.getKey(ALIAS, password);
            publicKey = ks.getCertificate(ALIAS).getPublicKey();
            keyId = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()), 0, 8);
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot open the audit checkpoint keystore " + store + ": " + e.getMessage(), e);
        }
    }

    private static X509Certificate selfSigned(KeyPair pair) throws OperatorCreationException, GeneralSecurityException {
        X500Name name = new X500Name("CN=Tresor audit checkpoints");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(128, new SecureRandom()),
                Date.from(now), Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic());
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
    }

    public String keyId() {
        return keyId;
    }

    public String sign(long seq, String hash) {
        return sign(privateKey, seq, hash);
    }

    public static String sign(PrivateKey key, long seq, String hash) {
        try {
            Signature s = Signature.getInstance("SHA256withECDSA");
            s.initSign(key);
            s.update(AuditChain.checkpointInput(seq, hash));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign an audit checkpoint", e);
        }
    }

    public Optional<PublicKey> publicKey(String id) {
        return keyId.equals(id) ? Optional.of(publicKey) : Optional.empty();
    }

    /** The public key in PEM, for verifying an export outside Tresor. */
    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(publicKey.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** BouncyCastle verifies ECDSA P-256 about three times faster than the JDK 17 provider (benchmark). */
    private static final java.security.Provider VERIFIER = new org.bouncycastle.jce.provider.BouncyCastleProvider();

    public static boolean verify(PublicKey key, long seq, String hash, String signature) {
        try {
            Signature s = Signature.getInstance("SHA256withECDSA", VERIFIER);
            s.initVerify(key);
            s.update(AuditChain.checkpointInput(seq, hash));
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
