package io.tresor.application.asset.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SerialRangeTest {

    private static boolean inRange(SerialRange range, String key) {
        return key.compareTo(range.from()) >= 0 && range.to().map(to -> key.compareTo(to) < 0).orElse(true);
    }

    @Test
    void aPrefixBecomesTheRangeOfEveryKeyStartingWithItInUpperCase() {
        SerialRange range = SerialRange.of(" mu-b-0500");
        assertEquals("MU-B-0500", range.from());
        assertEquals(Optional.of("MU-B-0501"), range.to());
        for (String key : List.of("MU-B-0500", "MU-B-050000", "MU-B-0500~", "MU-B-0500\u00dc")) {
            assertTrue(inRange(range, key), key);
        }
        for (String key : List.of("MU-B-0499", "MU-B-0501", "MU-B-050", "MU-C")) {
            assertFalse(inRange(range, key), key);
        }
    }

    @Test
    void wildcardsOfLikeAreOrdinaryCharacters() {
        SerialRange range = SerialRange.of("A%_");
        assertTrue(inRange(range, "A%_1"));
        assertFalse(inRange(range, "AB_1"), "a % in the prefix matches only a %");
    }

    @Test
    void aPrefixEndingInTheLastCodePointHasNoUpperBound() {
        assertEquals(Optional.empty(), SerialRange.of("A" + Character.toString(Character.MAX_CODE_POINT)).to());
    }
}
