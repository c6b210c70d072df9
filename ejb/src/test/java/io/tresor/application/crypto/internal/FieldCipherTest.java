package io.tresor.application.crypto.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tresor.application.crypto.FieldContext;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private final SecretKey key = aesKey();
    private final FieldContext row1 = new FieldContext("tenant-a", "Site", "contactName", "row-1");

    static SecretKey aesKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void roundTripKeepsUnicodeAndNamesTheKey() {
        byte[] stored = FieldCipher.encrypt("Jürgen Weiß", "dk-1", key, row1);
        assertEquals("dk-1", FieldCipher.keyIdOf(stored));
        assertEquals("Jürgen Weiß", FieldCipher.decrypt(stored, key, row1));
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("rgen"), "no plain text in the stored form");
    }

    @Test
    void everyEncryptionUsesAFreshNonce() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(Arrays.toString(FieldCipher.encrypt("same", "dk-1", key, row1)));
        }
        assertEquals(1000, seen.size());
    }

    @Test
    void anyFlippedBitFailsLoudly() {
        byte[] stored = FieldCipher.encrypt("anna@muster.example", "dk-1", key, row1);
        for (int i = 2 + 4; i < stored.length; i++) {
            byte[] tampered = stored.clone();
            tampered[i] ^= 1;
            assertThrows(FieldCipher.TamperedException.class, () -> FieldCipher.decrypt(tampered, key, row1), "byte " + i);
        }
        assertThrows(FieldCipher.TamperedException.class,
                () -> FieldCipher.decrypt(Arrays.copyOf(stored, stored.length - 1), key, row1));
    }

    @Test
    void aValueCopiedToAnotherRowFieldOrTenantDoesNotOpen() {
        byte[] stored = FieldCipher.encrypt("+49 621 1234567", "dk-1", key, row1);
        assertThrows(FieldCipher.TamperedException.class,
                () -> FieldCipher.decrypt(stored, key, new FieldContext("tenant-a", "Site", "contactName", "row-2")));
        assertThrows(FieldCipher.TamperedException.class,
                () -> FieldCipher.decrypt(stored, key, new FieldContext("tenant-a", "Site", "contactPhone", "row-1")));
        assertThrows(FieldCipher.TamperedException.class,
                () -> FieldCipher.decrypt(stored, key, new FieldContext("tenant-b", "Site", "contactName", "row-1")));
    }

    @Test
    void anotherKeyDoesNotOpenIt() {
        byte[] stored = FieldCipher.encrypt("secret", "dk-1", key, row1);
        assertThrows(FieldCipher.TamperedException.class, () -> FieldCipher.decrypt(stored, aesKey(), row1));
    }

    @Test
    void contextsWithShiftedSeparatorsStayDistinct() {
        FieldContext a = new FieldContext("t", "a|b", "c", "d");
        FieldContext b = new FieldContext("t", "a", "b|c", "d");
        assertFalse(Arrays.equals(a.associatedData(), b.associatedData()));
    }
}
