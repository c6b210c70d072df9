package io.tresor.application.crypto.internal;

import io.tresor.application.crypto.FieldContext;
import java.util.Base64;

/** A personal value's stored form: the {@link FieldCipher} output in Base64, so it fits a text column on H2 and PostgreSQL. */
public final class SealedText {

    private SealedText() {
    }

    public static String seal(String plain, SubjectKey key, FieldContext context) {
        return Base64.getEncoder().encodeToString(FieldCipher.encrypt(plain, key.id(), key.key(), context));
    }

    /** The stored bytes, or a {@link FieldCipher.TamperedException} if the text is not a Tresor ciphertext at all. */
    public static byte[] decode(String sealed) {
        try {
            return Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new FieldCipher.TamperedException("A personal value is not a Tresor ciphertext", e);
        }
    }

    public static String open(byte[] stored, SubjectKey key, FieldContext context) {
        return FieldCipher.decrypt(stored, key.key(), context);
    }
}
