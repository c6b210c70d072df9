package io.tresor.application.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpTest {

    // RFC 6238 appendix B: the SHA1 seed "12345678901234567890", Base32-encoded.
    private static final String RFC_SECRET = new Base32()
            .encodeAsString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    private static final Instant NOW = Instant.ofEpochSecond(1_111_111_111L);
    private static final long NOW_STEP = 1_111_111_111L / 30;
    private static final long NONE_USED = Long.MIN_VALUE;

    private final Totp totp = new Totp();

    /** The RFC's eight-digit SHA1 values, keeping the last six digits as six-digit codes do. */
    @ParameterizedTest
    @CsvSource({
        "59, 287082",
        "1111111109, 081804",
        "1111111111, 050471",
        "1234567890, 005924",
        "2000000000, 279037",
        "20000000000, 353130",
    })
    void matchesRfc6238Sha1Vectors(long epochSecond, String code) {
        long step = Totp.stepOf(Instant.ofEpochSecond(epochSecond));

        assertEquals(code, totp.codeAt(RFC_SECRET, step));
        assertEquals(OptionalLong.of(step),
                totp.verify(RFC_SECRET, code, Instant.ofEpochSecond(epochSecond), NONE_USED));
    }

    @Test
    void stepsAreThirtySecondsFromTheEpoch() {
        assertEquals(0, Totp.stepOf(Instant.ofEpochSecond(29)));
        assertEquals(1, Totp.stepOf(Instant.ofEpochSecond(30)));
        assertEquals(-1, Totp.stepOf(Instant.ofEpochSecond(-1)));
    }

    @Test
    void codeFromOneStepEarlierOrLaterIsAccepted() {
        String previous = totp.codeAt(RFC_SECRET, NOW_STEP - 1);
        String next = totp.codeAt(RFC_SECRET, NOW_STEP + 1);

        assertEquals(OptionalLong.of(NOW_STEP - 1),
                totp.verify(RFC_SECRET, previous, NOW, NONE_USED));
        assertEquals(OptionalLong.of(NOW_STEP + 1),
                totp.verify(RFC_SECRET, next, NOW, NONE_USED));
    }

    @Test
    void codeFromTwoStepsAwayIsRefused() {
        String tooOld = totp.codeAt(RFC_SECRET, NOW_STEP - 2);
        String tooNew = totp.codeAt(RFC_SECRET, NOW_STEP + 2);

        assertEquals(OptionalLong.empty(), totp.verify(RFC_SECRET, tooOld, NOW, NONE_USED));
        assertEquals(OptionalLong.empty(), totp.verify(RFC_SECRET, tooNew, NOW, NONE_USED));
    }

    @Test
    void replayedCodeIsRefused() {
        String code = totp.codeAt(RFC_SECRET, NOW_STEP);
        long used = totp.verify(RFC_SECRET, code, NOW, NONE_USED).orElseThrow();

        assertEquals(OptionalLong.empty(), totp.verify(RFC_SECRET, code, NOW, used));
        assertEquals(OptionalLong.empty(),
                totp.verify(RFC_SECRET, code, NOW.plusSeconds(30), used));
    }

    @Test
    void olderCodeIsRefusedOnceALaterOneWasUsed() {
        String earlier = totp.codeAt(RFC_SECRET, NOW_STEP - 1);

        assertEquals(OptionalLong.empty(), totp.verify(RFC_SECRET, earlier, NOW, NOW_STEP));
    }

    @Test
    void codeAsAppsDisplayItWithASpaceIsAccepted() {
        assertEquals(OptionalLong.of(NOW_STEP), totp.verify(RFC_SECRET, "050 471", NOW, NONE_USED));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"05047", "0504711", "o50471", "-50471", "０５０４７１"})
    void malformedCodeIsRefused(String code) {
        assertEquals(OptionalLong.empty(), totp.verify(RFC_SECRET, code, NOW, NONE_USED));
    }

    @Test
    void secretIsAcceptedInLowerCaseAndWithSpaces() {
        String typed = RFC_SECRET.toLowerCase(Locale.ROOT).replaceAll("(.{4})", "$1 ");

        assertEquals("050471", totp.codeAt(typed, NOW_STEP));
    }

    @Test
    void newSecretIs160BitsOfUnpaddedBase32() {
        String secret = Totp.newSecret();

        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
        assertEquals(20, new Base32().decode(secret).length);
    }

    @Test
    void otpauthUriEncodesLabelAndParameters() {
        String uri = totp.otpauthUri("Tresor Portal", "anna+test@example.org", "JBSWY3DPEHPK3PXP");

        assertEquals("otpauth://totp/Tresor%20Portal:anna%2Btest%40example.org"
                + "?secret=JBSWY3DPEHPK3PXP&issuer=Tresor%20Portal"
                + "&algorithm=SHA1&digits=6&period=30", uri);
    }

    @Test
    void colonInIssuerOrAccountIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> totp.otpauthUri("Tresor:EU", "anna@example.org", "JBSWY3DPEHPK3PXP"));
        assertThrows(IllegalArgumentException.class,
                () -> totp.otpauthUri("Tresor", "anna:admin", "JBSWY3DPEHPK3PXP"));
    }
}
