package io.tresor.application.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void generatesTenDistinctCodesInTwoGroupsOfFive() {
        List<String> codes = RecoveryCodes.generate();

        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        for (String code : codes) {
            assertTrue(code.matches("[a-km-z2-9]{5}-[a-km-z2-9]{5}"), code);
            assertTrue(code.chars().noneMatch(c -> "0O1lIio".indexOf(c) >= 0), code);
        }
    }

    @Test
    void typingVariationsNormaliseToTheSameHash() {
        String hash = RecoveryCodes.hash("abcde-fghjk");

        assertEquals("abcdefghjk", RecoveryCodes.normalise(" ABCDE - FGHJK\t"));
        assertEquals(hash, RecoveryCodes.hash("ABCDE-FGHJK"));
        assertEquals(hash, RecoveryCodes.hash("abcde fghjk"));
        assertEquals(hash, RecoveryCodes.hash("abcdefghjk"));
        assertNotEquals(hash, RecoveryCodes.hash("abcde-fghjm"));
    }

    @Test
    void hashIsLowerCaseHexSha256OfTheNormalisedCode() {
        // FIPS 180-2 example: SHA-256("abc").
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                RecoveryCodes.hash("A-B-C"));
    }

    @Test
    void generatedCodesVerifyAgainstTheirOwnHashes() {
        for (String code : RecoveryCodes.generate()) {
            assertEquals(RecoveryCodes.hash(code),
                    RecoveryCodes.hash(code.toUpperCase(Locale.ROOT)));
        }
    }
}
