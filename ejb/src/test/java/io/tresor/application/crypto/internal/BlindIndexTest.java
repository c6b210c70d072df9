package io.tresor.application.crypto.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class BlindIndexTest {

    private final SecretKey tenantA = FieldCipherTest.aesKey();
    private final SecretKey tenantB = FieldCipherTest.aesKey();

    @Test
    void sameValueAfterNormalisationGivesTheSameIndex() {
        assertEquals(BlindIndex.of("Anna.Schmidt@Muster.example ", "email", tenantA),
                BlindIndex.of("anna.schmidt@muster.example", "email", tenantA));
        assertEquals(BlindIndex.of("  Anna   Schmidt", "name", tenantA), BlindIndex.of("anna schmidt", "name", tenantA));
    }

    @Test
    void germanNamesMatchHoweverTheyAreTyped() {
        String name = BlindIndex.of("Jürgen Groß", "name", tenantA);
        assertEquals(name, BlindIndex.of("JÜRGEN GROSS", "name", tenantA), "ß folds to ss as capitals write it");
        assertEquals(name, BlindIndex.of("Ju\u0308rgen Groß", "name", tenantA), "a decomposed umlaut is the same letter");
        assertNotEquals(name, BlindIndex.of("Jurgen Groß", "name", tenantA), "a missing umlaut is another name");
    }

    @Test
    void indexesDifferPerTenantKeyAndPerPurpose() {
        String value = "anna@muster.example";
        assertNotEquals(BlindIndex.of(value, "email", tenantA), BlindIndex.of(value, "email", tenantB));
        assertNotEquals(BlindIndex.of(value, "email", tenantA), BlindIndex.of(value, "name", tenantA));
    }

    @Test
    void indexIsTruncatedAndRevealsNothingReadable() {
        String index = BlindIndex.of("Anna Schmidt", "name", tenantA);
        assertEquals(22, index.length(), "16 bytes in unpadded base64url");
        assertEquals(-1, index.toLowerCase().indexOf("anna"));
    }
}
