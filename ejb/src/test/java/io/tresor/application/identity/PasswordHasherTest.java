package io.tresor.application.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    // phc-winner-argon2 src/test.c: Argon2id v1.3, t=2, m=256 KiB, p=1, "password"/"somesalt".
    private static final String REFERENCE =
            "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4";

    // Most tests use tiny parameters: the production cost is paid once, in the first test.
    private final PasswordHasher cheap = new PasswordHasher(64, 1, 1);

    @Test
    void productionHashIsPhcArgon2idWithAgreedParametersAndVerifies() {
        PasswordHasher hasher = new PasswordHasher();

        String phc = hasher.hash("Kiefer-Lampe-Zwieback-73".toCharArray());

        assertTrue(phc.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), phc);
        String[] parts = phc.split("\\$");
        assertEquals(16, Base64.getDecoder().decode(parts[4]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[5]).length);
        assertFalse(parts[4].endsWith("=") || parts[5].endsWith("="), "PHC base64 is unpadded");
        assertTrue(hasher.verify("Kiefer-Lampe-Zwieback-73".toCharArray(), phc));
        assertFalse(hasher.needsRehash(phc));
    }

    @Test
    void hashFromTheReferenceImplementationVerifiesWithItsOwnParameters() {
        assertTrue(cheap.verify("password".toCharArray(), REFERENCE));
        assertFalse(cheap.verify("passwort".toCharArray(), REFERENCE));
    }

    @Test
    void wrongPasswordIsRefused() {
        String phc = cheap.hash("correct".toCharArray());

        assertTrue(cheap.verify("correct".toCharArray(), phc));
        assertFalse(cheap.verify("Correct".toCharArray(), phc));
        assertFalse(cheap.verify(new char[0], phc));
        assertFalse(cheap.verify(null, phc));
    }

    @Test
    void samePasswordGetsDifferentSalts() {
        assertNotEquals(cheap.hash("same".toCharArray()), cheap.hash("same".toCharArray()));
    }

    @Test
    void nonAsciiPasswordRoundTrips() {
        String phc = cheap.hash("Grüße-aus-Köln-ß€".toCharArray());

        assertTrue(cheap.verify("Grüße-aus-Köln-ß€".toCharArray(), phc));
        assertFalse(cheap.verify("Grusse-aus-Koln-ss€".toCharArray(), phc));
    }

    @Test
    void tamperedHashIsRefused() {
        String phc = cheap.hash("secret".toCharArray());
        int last = phc.length() - 2;
        char flipped = phc.charAt(last) == 'A' ? 'B' : 'A';
        String tampered = phc.substring(0, last) + flipped + phc.charAt(last + 1);

        assertFalse(cheap.verify("secret".toCharArray(), tampered));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "garbage",
        "$argon2i$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=16$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=256,t=2$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=+256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=99999999,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=256,t=0,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=256,t=2,p=1$c29t!XNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=256,t=2,p=1$c29tZQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$",
        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4$",
    })
    void malformedStringIsAMismatchNotAnError(String phc) {
        assertFalse(cheap.verify("password".toCharArray(), phc));
        assertTrue(cheap.needsRehash(phc));
    }

    @Test
    void hashWithOtherParametersNeedsRehash() {
        PasswordHasher production = new PasswordHasher();

        assertTrue(production.needsRehash(cheap.hash("secret".toCharArray())));
        assertTrue(production.needsRehash(REFERENCE));
    }
}
