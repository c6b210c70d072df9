package io.tresor.application.crypto;

import io.tresor.application.shared.SecretFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.List;

/**
 * One PKCS#12 keystore file with its keys and certificate chains, opened with a password the
 * holder never sees: {@link Keystores} opens those under {@code TRESOR_HOME/keys} with the
 * master keystore's secret. Capabilities that keep a key pair of their own (the device CA)
 * read and create it through this, so that no keystore password leaves the crypto capability.
 */
public final class Keystore {

    /** One private key with its certificate chain, the key's own certificate first. */
    public record Entry(String alias, PrivateKey key, Certificate... chain) {
    }

    private final Path file;
    private final char[] password;
    private KeyStore loaded;

    private Keystore(Path file, char[] password) {
        this.file = file;
        this.password = password.clone();
    }

    /** A keystore file opened with the given password; for tests and for {@link Keystores}. */
    public static Keystore file(Path file, char[] password) {
        return new Keystore(file, password);
    }

    public boolean exists() {
        return Files.exists(file);
    }

    /** The private key under the alias; empty when the file has none (a wrong password is an exception). */
    public java.util.Optional<PrivateKey> privateKey(String alias) throws IOException, GeneralSecurityException {
        return loaded().getKey(alias, password) instanceof PrivateKey key ? java.util.Optional.of(key)
                : java.util.Optional.empty();
    }

    /** The certificate chain under the alias, the key's own certificate first; null when there is none. */
    public Certificate[] chain(String alias) throws IOException, GeneralSecurityException {
        return loaded().getCertificateChain(alias);
    }

    /**
     * Creates the file (owner-only) with these entries. Written beside the target and renamed,
     * so a crash never leaves a half-written keystore behind; an existing file is kept.
     */
    public void create(List<Entry> entries) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, password);
        for (Entry e : entries) {
            ks.setKeyEntry(e.alias(), e.key(), password, e.chain());
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temp);
        SecretFiles.createOwnerOnly(temp);
        try (OutputStream out = Files.newOutputStream(temp)) {
            ks.store(out, password);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        loaded = ks;
    }

    private KeyStore loaded() throws IOException, GeneralSecurityException {
        if (loaded == null) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                ks.load(in, password);
            }
            loaded = ks;
        }
        return loaded;
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
