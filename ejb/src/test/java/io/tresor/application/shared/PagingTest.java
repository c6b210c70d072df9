package io.tresor.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounds of a page and of a cursor, and a cursor's way over the wire and back. */
class PagingTest {

    @Test
    void aPageIsOneToFiveHundredEntriesFromAnOffsetOfZeroOrMore() throws InvalidPage {
        assertEquals(new PageRequest(0, 1), PageRequest.of(0, 1));
        assertEquals(new PageRequest(1_000_000, PageRequest.MAX_LIMIT), PageRequest.of(1_000_000, 500));
        for (int[] bad : List.of(new int[] {-1, 50}, new int[] {0, 0}, new int[] {0, 501}, new int[] {0, -5})) {
            InvalidPage refused = assertThrows(InvalidPage.class, () -> PageRequest.of(bad[0], bad[1]));
            assertEquals("page.invalid", refused.code());
            assertEquals(Refused.Kind.INVALID, refused.kind());
            assertEquals(List.of(500), refused.arguments());
            assertThrows(IllegalArgumentException.class, () -> new PageRequest(bad[0], bad[1]), "no invalid page can exist");
        }
    }

    @Test
    void aCursorComesBackAsItWasHandedOut() throws InvalidPage {
        Cursor start = Cursor.start(100);
        assertNull(start.position());
        assertEquals("", start.encode());
        Cursor next = start.next("2026-11-22T10:00:00.123Z|tm-000042|Grüße");
        String token = next.encode();
        assertTrue(token.matches("[A-Za-z0-9_-]+"), "URL-safe without padding: " + token);
        assertFalse(token.contains("tm-000042"), "opaque");
        Cursor back = Cursor.decode(token, 20);
        assertEquals("2026-11-22T10:00:00.123Z|tm-000042|Grüße", back.position());
        assertEquals(20, back.limit(), "the limit is the caller's of this request");
        assertEquals(new Cursor(null, 7), Cursor.decode(null, 7));
        assertEquals(new Cursor(null, 7), Cursor.decode("", 7));
        String longest = "ü".repeat(Cursor.MAX_POSITION);
        assertEquals(longest, Cursor.decode(new Cursor(longest, 1).encode(), 1).position());
    }

    @Test
    void aCursorNotHandedOutOrWithABadLimitIsRefused() throws InvalidPage {
        String good = Cursor.start(10).next("pos").encode();
        String foreign = Base64.getUrlEncoder().withoutPadding().encodeToString("pos".getBytes(StandardCharsets.UTF_8));
        String notUtf8 = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] {'1', ':', (byte) 0xC3, 0x28});
        for (String token : List.of("not base64!", foreign, notUtf8, "A".repeat(5000))) {
            InvalidPage refused = assertThrows(InvalidPage.class, () -> Cursor.decode(token, 10), token);
            assertEquals("cursor.invalid", refused.code());
        }
        for (int limit : new int[] {0, -1, 501}) {
            assertEquals("cursor.invalid", assertThrows(InvalidPage.class, () -> Cursor.decode(good, limit)).code());
        }
        assertThrows(IllegalArgumentException.class, () -> new Cursor("x".repeat(Cursor.MAX_POSITION + 1), 10));
    }
}
