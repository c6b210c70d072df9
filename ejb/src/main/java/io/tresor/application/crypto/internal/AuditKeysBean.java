package io.tresor.application.crypto.internal;

import io.tresor.application.audit.AuditKeys;
import io.tresor.application.crypto.CipherService;
import io.tresor.application.crypto.Keystore;
import io.tresor.application.crypto.Keystores;
import io.tresor.domain.crypto.BlindIndexed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The audit trail's keys: source addresses pseudonymised with the installation's blind index,
 * and the checkpoint key pair in its own keystore ({@code audit-checkpoints.p12}), never in the
 * database: whoever can rewrite the database still cannot forge a checkpoint.
 */
@ApplicationScoped
public class AuditKeysBean implements AuditKeys {

    private static final String ALIAS = "audit-checkpoints";
    private static final String STORE = "audit-checkpoints.p12";

    @Inject
    CipherService cipher;

    @Inject
    Keystores keystores;

    private volatile PrivateKey privateKey;
    private volatile PublicKey publicKey;

    @Override
    public String sourcePseudonym(String address) {
        return cipher.blindIndex(address, null, BlindIndexed.Scope.INSTALLATION, "source-address");
    }

    @Override
    public PublicKey checkpointPublicKey() {
        if (publicKey == null) {
            load();
        }
        return publicKey;
    }

    @Override
    public byte[] signCheckpoint(byte[] input) {
        if (privateKey == null) {
            load();
        }
        try {
            Signature s = Signature.getInstance("SHA256withECDSA");
            s.initSign(privateKey);
            s.update(input);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign an audit checkpoint", e);
        }
    }

    private synchronized void load() {
        if (privateKey != null) {
            return;
        }
        Keystore store = keystores.open(STORE);
        try {
            if (!store.exists()) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
                KeyPair pair = generator.generateKeyPair();
                store.create(List.of(new Keystore.Entry(ALIAS, pair.getPrivate(), selfSigned(pair))));
            }
            Certificate[] chain = store.chain(ALIAS);
            PrivateKey key = store.privateKey(ALIAS).orElseThrow(() -> new IllegalStateException(
                    "The audit checkpoint keystore " + store + " has no " + ALIAS + " key"));
            // The public key first: a reader that sees the private key set finds both.
            publicKey = chain[0].getPublicKey();
            privateKey = key;
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
}
