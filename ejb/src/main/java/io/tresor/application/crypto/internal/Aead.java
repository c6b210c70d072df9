package io.tresor.application.crypto.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Key wrapping with AES-256-GCM: {@code base64(nonce | ciphertext+tag)}, the context bound as
 * associated data so that a wrapped key moved to another tenant, subject or kind does not open.
 */
public final class Aead {

    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Aead() {
    }

    private static Cipher cipher(Provider provider) throws GeneralSecurityException {
        return provider == null ? Cipher.getInstance("AES/GCM/NoPadding") : Cipher.getInstance("AES/GCM/NoPadding", provider);
    }

    public static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

    public static SecretKey aesKey(byte[] material) {
        return new SecretKeySpec(material, "AES");
    }

    public static String wrap(Key key, byte[] plain, String context) {
        return wrap(null, key, plain, context);
    }

    /** With the provider of a key that lives in a PKCS#11 token (a token key works only with its own provider). */
    public static String wrap(Provider provider, Key key, byte[] plain, String context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = cipher(provider);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Wrapping failed", e);
        }
    }

    /** The whole key or an exception: a tampered value or a wrong context never yields anything. */
    public static byte[] unwrap(Key key, String wrapped, String context) {
        return unwrap(null, key, wrapped, context);
    }

    public static byte[] unwrap(Provider provider, Key key, String wrapped, String context) {
        try {
            byte[] all = Base64.getDecoder().decode(wrapped);
            if (all.length < NONCE_BYTES + 16) {
                throw new FieldCipher.TamperedException("A wrapped key is truncated", null);
            }
            Cipher cipher = cipher(provider);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new FieldCipher.TamperedException("A wrapped key does not open in its context (tampered or wrong key)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unwrapping failed", e);
        }
    }
}
