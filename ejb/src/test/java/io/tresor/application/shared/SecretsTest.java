package io.tresor.application.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void storedFormMatchesOnlyTheSecret() {
        String secret = Secrets.newSecret();
        String stored = Secrets.hash(secret);
        assertNotEquals(secret, stored);
        assertTrue(Secrets.matches(secret, stored));
        assertFalse(Secrets.matches(secret + "x", stored));
        assertFalse(Secrets.matches(null, stored));
    }

    @Test
    void secretsAreLongAndDistinct() {
        assertTrue(Secrets.newSecret().length() >= 43, "256 bits in base64url");
        assertNotEquals(Secrets.newSecret(), Secrets.newSecret());
        assertTrue(Secrets.newIdentifier("cl-").matches("cl-[0-9a-f]{24}"));
    }
}
