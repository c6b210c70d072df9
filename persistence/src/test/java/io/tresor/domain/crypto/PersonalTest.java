package io.tresor.domain.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The guarantees that do not need the cipher service: nothing unsealed is written, nothing plain is printed. */
class PersonalTest {

    private final PersonalConverter converter = new PersonalConverter();

    @Test
    void aValueThatWasNeverSealedIsNotWritten() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> converter.convertToDatabaseColumn(Personal.of("Anna Weber")));
        assertFalse(refused.getMessage().contains("Anna"), "the refusal does not carry the value either");
        assertNull(converter.convertToDatabaseColumn(null));
    }

    @Test
    void aStoredValueIsWrittenBackUnchangedButCannotBeReadOutsideItsEntity() {
        Personal stored = converter.convertToEntityAttribute("AQRrZXkx...");
        assertEquals("AQRrZXkx...", converter.convertToDatabaseColumn(stored));
        assertEquals(stored, converter.convertToEntityAttribute("AQRrZXkx..."), "equal stored forms are equal values");
        assertThrows(IllegalStateException.class, () -> stored.reveal(Purpose.SUPPORT));
    }

    @Test
    void theTextFormNeverShowsThePlainValue() {
        assertFalse(Personal.of("Anna Weber").toString().contains("Anna"));
        assertFalse(Personal.sealedFor(null, "displayName", "Anna Weber").toString().contains("Anna"),
                "without a cipher service the value stays new, and still hidden");
    }
}
