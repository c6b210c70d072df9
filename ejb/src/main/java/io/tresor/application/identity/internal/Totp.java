package io.tresor.application.identity.internal;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords after RFC 6238 with the parameters every authenticator app
 * understands: HMAC-SHA1, six digits, 30-second steps. A code is accepted one step early or
 * late for clock drift, and only once: callers persist the step {@link #verify} returns and
 * pass it back next time. Stateless and thread-safe.
 */
public final class Totp {

    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    static final int WINDOW_STEPS = 1;

    private static final int SECRET_BYTES = 20;
    private static final int MODULUS = 1_000_000;
    private static final String HMAC = "HmacSHA1";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new shared secret: 160 random bits (RFC 4226's recommendation), Base32 without padding. */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        // 20 bytes are exactly 32 Base32 characters, so there is never padding to strip.
        return new Base32().encodeAsString(secret);
    }

    /** The RFC 6238 time step containing the instant. */
    public static long stepOf(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /**
     * Checks a code typed by the user.
     *
     * @param lastUsedStep the step returned by the last successful call for this secret, or
     *                     {@link Long#MIN_VALUE} if there was none
     * @return the matched step, to be stored as the new {@code lastUsedStep}; empty if the code
     *         is malformed, wrong, outside the window or already used
     */
    public OptionalLong verify(String base32Secret, String code, Instant now, long lastUsedStep) {
        Objects.requireNonNull(now, "now");
        byte[] key = decodeSecret(base32Secret);
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("[0-9]{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        byte[] typedBytes = typed.getBytes(StandardCharsets.US_ASCII);
        long current = stepOf(now);
        // Ascending, so a code valid in two steps (a one-in-a-million collision) burns the
        // earlier step and leaves the next one usable.
        for (long step = current - WINDOW_STEPS; step <= current + WINDOW_STEPS; step++) {
            if (step <= lastUsedStep) {
                continue;
            }
            byte[] expected = code(key, step).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, typedBytes)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code for a step, as the user's authenticator app would show it; tests play that app. */
    public String codeAt(String base32Secret, long step) {
        return code(decodeSecret(base32Secret), step);
    }

    /**
     * The Key URI an authenticator app reads from the enrolment QR code, in the form
     * {@code otpauth://totp/Issuer:account?secret=..&issuer=..&algorithm=SHA1&digits=6&period=30}.
     * The issuer is in both the label and the parameter because older apps read only one.
     */
    public String otpauthUri(String issuer, String account, String secret) {
        requireLabelPart(issuer, "issuer");
        requireLabelPart(account, "account");
        Objects.requireNonNull(secret, "secret");
        return "otpauth://totp/" + encode(issuer) + ":" + encode(account)
                + "?secret=" + encode(secret)
                + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static String code(byte[] key, long step) {
        byte[] hmac;
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            hmac = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        } catch (GeneralSecurityException e) {
            // Every Java runtime must provide HmacSHA1, so this cannot happen on a working JVM.
            throw new IllegalStateException("HmacSHA1 unavailable", e);
        }
        // RFC 4226 section 5.3, dynamic truncation.
        int offset = hmac[hmac.length - 1] & 0x0f;
        int binary = (hmac[offset] & 0x7f) << 24
                | (hmac[offset + 1] & 0xff) << 16
                | (hmac[offset + 2] & 0xff) << 8
                | (hmac[offset + 3] & 0xff);
        return String.format(Locale.ROOT, "%0" + DIGITS + "d", binary % MODULUS);
    }

    private static byte[] decodeSecret(String base32Secret) {
        Objects.requireNonNull(base32Secret, "secret");
        // Tolerates what people do when copying a secret by hand: spaces and lower case.
        String normalised = base32Secret.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
        byte[] key = new Base32().decode(normalised);
        if (key.length == 0) {
            throw new IllegalArgumentException("TOTP secret is empty or not Base32");
        }
        return key;
    }

    private static void requireLabelPart(String value, String name) {
        Objects.requireNonNull(value, name);
        // Apps split the label at the first colon, so one inside a part would garble it.
        if (value.isBlank() || value.indexOf(':') >= 0) {
            throw new IllegalArgumentException(name + " must be non-blank and contain no colon");
        }
    }

    private static String encode(String value) {
        // URLEncoder produces form encoding; a URI path and most apps want %20 for spaces.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
