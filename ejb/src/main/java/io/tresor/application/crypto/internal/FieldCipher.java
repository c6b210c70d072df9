package io.tresor.application.crypto.internal;

import io.tresor.application.crypto.FieldContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for one field value. The stored form is
 * {@code version(1) | keyIdLength(1) | keyId | nonce(12) | ciphertext+tag(16)}: the key id
 * says which data key opens it, a fresh 96-bit nonce per encryption, the field's context as
 * associated data. Decryption either returns the whole plain text or throws.
 */
public final class FieldCipher {

    static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Cipher.getInstance costs more than encrypting a field: one instance per thread, re-initialised per use. */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    });

    /** A ciphertext that does not open: tampered, moved to another context, or under another key. */
    public static final class TamperedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TamperedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private FieldCipher() {
    }

    public static byte[] encrypt(String plain, String keyId, SecretKey key, FieldContext context) {
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        if (id.length == 0 || id.length > 255) {
            throw new IllegalArgumentException("A key id has 1 to 255 ASCII characters");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.associatedData());
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(2 + id.length + NONCE_BYTES + sealed.length)
                    .put(VERSION).put((byte) id.length).put(id).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The id of the data key a stored value needs, read without decrypting. */
    public static String keyIdOf(byte[] stored) {
        if (stored.length < 2 || stored[0] != VERSION || stored.length < 2 + (stored[1] & 0xFF)) {
            throw new TamperedException("Not a Tresor field ciphertext", null);
        }
        return new String(stored, 2, stored[1] & 0xFF, StandardCharsets.US_ASCII);
    }

    public static String decrypt(byte[] stored, SecretKey key, FieldContext context) {
        int idLength = keyIdOf(stored).length();
        int offset = 2 + idLength;
        if (stored.length < offset + NONCE_BYTES + TAG_BITS / 8) {
            throw new TamperedException("Field ciphertext is truncated", null);
        }
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, offset, NONCE_BYTES));
            cipher.updateAAD(context.associatedData());
            byte[] plain = cipher.doFinal(stored, offset + NONCE_BYTES, stored.length - offset - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new TamperedException("Field ciphertext does not authenticate in this context", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
