package io.tresor.application.crypto.internal;

import io.tresor.application.shared.SecretFiles;
import io.tresor.application.shared.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.util.Base64;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.logging.Logger;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * The master key (AES-256), outside the database: in a PKCS#12 keystore under the data
 * directory, or in an HSM through PKCS#11 when {@code TRESOR_MASTER_KEY_PKCS11_CONFIG} names a
 * SunPKCS11 configuration. A database dump alone never reveals what it wraps.
 * <p>
 * Versions: rotation adds a new key ({@code tresor-master-2}, ...) and keeps the older ones,
 * so that every value wrapped before stays readable until it is re-wrapped. A wrapped value
 * starts with the version that wrapped it ({@code m2:...}); values without a prefix are from
 * version 1.
 */
@ApplicationScoped
public class MasterKey {

    private static final Logger LOG = Logger.getLogger(MasterKey.class.getName());
    private static final String ALIAS = "tresor-master";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Settings settings;

    private final ConcurrentSkipListMap<Integer, Key> versions = new ConcurrentSkipListMap<>();
    private volatile int current;
    private KeyStore keyStore;
    private Path storeFile;
    private char[] password;
    private Provider pkcs11;

    @PostConstruct
    void load() {
        Path dir = settings.home().resolve("keys");
        storeFile = dir.resolve("master.p12");
        password = password(dir.resolve("master.password"));
        try {
            Optional<String> pkcs11Config = settings.masterKeyPkcs11Config();
            if (pkcs11Config.isPresent()) {
                pkcs11 = Security.getProvider("SunPKCS11").configure(pkcs11Config.get());
                keyStore = KeyStore.getInstance("PKCS11", pkcs11);
                keyStore.load(null, password);
                LOG.info(() -> "Master key in the PKCS#11 token of " + pkcs11.getName());
            } else {
                keyStore = KeyStore.getInstance("PKCS12");
                if (Files.exists(storeFile)) {
                    try (InputStream in = Files.newInputStream(storeFile)) {
                        keyStore.load(in, password);
                    }
                } else {
                    keyStore.load(null, password);
                }
            }
            for (String alias : Collections.list(keyStore.aliases())) {
                int version = versionOf(alias);
                if (version > 0) {
                    versions.put(version, keyStore.getKey(alias, password));
                }
            }
            if (versions.isEmpty()) {
                addVersion(1);
                LOG.info(() -> "Created the master key" + (pkcs11 == null ? " in " + storeFile : " in the PKCS#11 token"));
            }
            current = versions.lastKey();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the master keystore: " + e.getMessage(), e);
        }
    }

    private static int versionOf(String alias) {
        if (alias.equalsIgnoreCase(ALIAS)) {
            return 1;
        }
        String prefix = ALIAS + "-";
        if (alias.toLowerCase(java.util.Locale.ROOT).startsWith(prefix)) {
            try {
                return Integer.parseInt(alias.substring(prefix.length()));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    private void addVersion(int version) throws IOException, GeneralSecurityException {
        KeyGenerator generator = pkcs11 == null ? KeyGenerator.getInstance("AES") : KeyGenerator.getInstance("AES", pkcs11);
        generator.init(256, RANDOM);
        SecretKey key = generator.generateKey();
        String alias = version == 1 ? ALIAS : ALIAS + "-" + version;
        keyStore.setEntry(alias, new KeyStore.SecretKeyEntry(key), new KeyStore.PasswordProtection(password));
        if (pkcs11 == null) {
            // Written beside and moved into place: a crash never leaves a half-written keystore.
            Path temp = storeFile.resolveSibling("master.p12.new");
            Files.deleteIfExists(temp);
            SecretFiles.createOwnerOnly(temp);
            try (OutputStream out = Files.newOutputStream(temp)) {
                keyStore.store(out, password);
            }
            Files.move(temp, storeFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        versions.put(version, pkcs11 == null ? key : keyStore.getKey(alias, password));
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

    /**
     * The password that protects the master keystore (the PIN with PKCS#11); other keystores
     * under {@code TRESOR_HOME/keys} share it, so that one secret opens them all.
     */
    public char[] keystorePassword() {
        return password.clone();
    }

    /** Adds a new master key version; values wrapped from now on use it. */
    public synchronized int rotate() {
        try {
            int next = current + 1;
            addVersion(next);
            current = next;
            return next;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot add a master key version: " + e.getMessage(), e);
        }
    }

    public int currentVersion() {
        return current;
    }

    /** Whether a wrapped value still needs re-wrapping under the current version. */
    public boolean wrappedByCurrent(String wrapped) {
        return versionOfWrapped(wrapped) == current;
    }

    /** AES-256-GCM under the current version with a fresh nonce; the context is bound as associated data. */
    public String wrap(byte[] plain, String context) {
        int version = current;
        return "m" + version + ":" + Aead.wrap(pkcs11, versions.get(version), plain, context);
    }

    /** Fails loudly on a tampered value or a wrong context: never returns partial plain text. */
    public byte[] unwrap(String wrapped, String context) {
        int version = versionOfWrapped(wrapped);
        Key key = versions.get(version);
        if (key == null) {
            throw new IllegalStateException("Master key version " + version + " is not in the keystore");
        }
        String body = wrapped.startsWith("m") ? wrapped.substring(wrapped.indexOf(':') + 1) : wrapped;
        return Aead.unwrap(pkcs11, key, body, context);
    }

    private static int versionOfWrapped(String wrapped) {
        int colon = wrapped.indexOf(':');
        if (wrapped.startsWith("m") && colon > 1) {
            return Integer.parseInt(wrapped.substring(1, colon));
        }
        return 1;
    }
}
