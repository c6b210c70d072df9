package io.tresor.application.crypto;

import io.tresor.application.platform.SecretFiles;
import io.tresor.application.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The master key (AES-256) in a PKCS#12 keystore under the data directory, outside the
 * database: a database dump alone never reveals what it wraps. Its password comes from
 * {@code TRESOR_MASTER_KEY_PASSWORD}; the embedded default generates one next to the
 * keystore and says loudly that production must not do so.
 */
@ApplicationScoped
public class MasterKey {

    private static final Logger LOG = Logger.getLogger(MasterKey.class.getName());
    private static final String ALIAS = "tresor-master";
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Settings settings;

    private SecretKey key;

    @PostConstruct
    void load() {
        Path dir = settings.home().resolve("keys");
        Path store = dir.resolve("master.p12");
        char[] password = password(dir.resolve("master.password"));
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            if (Files.exists(store)) {
                try (InputStream in = Files.newInputStream(store)) {
                    ks.load(in, password);
                }
                key = (SecretKey) ks.getKey(ALIAS, password);
            } else {
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(256, RANDOM);
                key = generator.generateKey();
                ks.load(null, password);
                ks.setEntry(ALIAS, new KeyStore.SecretKeyEntry(key), new KeyStore.PasswordProtection(password));
                SecretFiles.createOwnerOnly(store);
                try (OutputStream out = Files.newOutputStream(store)) {
                    ks.store(out, password);
                }
                LOG.info(() -> "Created the master key in " + store);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the master keystore " + store + ": " + e.getMessage(), e);
        }
    }

    private char[] password(Path generatedFile) {
        return settings.masterKeyPassword().map(String::toCharArray).orElseGet(() -> {
            try {
                if (!Files.exists(generatedFile)) {
                    byte[] random = new byte[32];
                    RANDOM.nextBytes(random);
                    SecretFiles.append(generatedFile, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
                    LOG.warning(() -> "TRESOR_MASTER_KEY_PASSWORD is not set: generated a master keystore password in "
                            + generatedFile + ". Fine for the embedded default; in production set the variable"
                            + " (or a Payara password alias) and keep the password away from the keystore.");
                }
                return Files.readString(generatedFile, StandardCharsets.UTF_8).strip().toCharArray();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + generatedFile, e);
            }
        });
    }

    /** AES-256-GCM with a fresh nonce; the context is bound as associated data. */
    public String wrap(byte[] plain, String context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Wrapping failed", e);
        }
    }

    /** Fails loudly on a tampered value or a wrong context: never returns partial plain text. */
    public byte[] unwrap(String wrapped, String context) {
        try {
            byte[] all = Base64.getDecoder().decode(wrapped);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A wrapped key could not be opened (tampered or wrong master key)", e);
        }
    }
}
