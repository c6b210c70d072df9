package io.tresor.application.audit.internal;

import io.tresor.application.audit.AuditKeys;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Signs audit checkpoints with the ECDSA P-256 key the crypto capability keeps in its own
 * keystore under the data directory, never in the database: whoever can rewrite the database
 * still cannot forge a checkpoint. The key id is a fingerprint of the public key, so an
 * exported trail names the key that verifies it.
 */
@ApplicationScoped
public class CheckpointSigner {

    @Inject
    AuditKeys keys;

    private PublicKey publicKey;
    private String keyId;

    @PostConstruct
    void load() {
        publicKey = keys.checkpointPublicKey();
        try {
            keyId = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No SHA-256", e);
        }
    }

    public String keyId() {
        return keyId;
    }

    public String sign(long seq, String hash) {
        return Base64.getEncoder().encodeToString(keys.signCheckpoint(AuditChain.checkpointInput(seq, hash)));
    }

    /** The same signature under a key of the caller's own: for tests and benchmarks that build their own trails. */
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
