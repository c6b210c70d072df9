package io.tresor.application.crypto;

import io.tresor.application.crypto.internal.MasterKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets of other capabilities sealed under the master key (token signing keys, enrollment
 * group keys) and the operations they need on them, so that no caller unwraps a value itself:
 * a sealed private key is opened as a key object for signing, a sealed secret only derives.
 * The context binds a sealed value to its owner (e.g. {@code signing-key:<kid>}); a value
 * sealed for one context does not open in another.
 */
@ApplicationScoped
public class Sealing {

    @Inject
    MasterKey masterKey;

    /** Seals the secret under the current master key version. */
    public String seal(byte[] secret, String context) {
        return masterKey.wrap(secret, context);
    }

    /** Opens a sealed PKCS#8 private key of this algorithm ({@code EC}, {@code RSA}) for signing. */
    public PrivateKey privateKey(String sealed, String context, String algorithm) {
        byte[] pkcs8 = masterKey.unwrap(sealed, context);
        try {
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the sealed " + algorithm + " key " + context, e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /** HMAC-SHA256 of the message under the sealed secret: a key derived from it, never the secret itself. */
    public byte[] derive(String sealed, String context, byte[] message) {
        byte[] secret = masterKey.unwrap(sealed, context);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive from the sealed secret " + context, e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** The master key version that seals from now on; asking loads the master key (start-up does first). */
    public int masterKeyVersion() {
        return masterKey.currentVersion();
    }
}
