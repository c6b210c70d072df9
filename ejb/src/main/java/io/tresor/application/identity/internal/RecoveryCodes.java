package io.tresor.application.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One-time recovery codes that stand in for the second factor when the authenticator is
 * lost. Codes are shown once, at generation; only their hashes are stored.
 */
public final class RecoveryCodes {

    static final int COUNT = 10;
    static final int LENGTH = 10;

    // Lower case without 0/o, 1/l/i: nothing a user could misread from paper or type in the
    // wrong case. 31 symbols, so a code carries 10 * log2(31) = 49.5 bits.
    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    /** Ten distinct fresh codes formatted {@code xxxxx-xxxxx}, for showing to the user once. */
    public static List<String> generate() {
        // A set, so the promise of ten distinct codes holds even in the 1-in-10^13 case.
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < COUNT) {
            codes.add(newCode());
        }
        return List.copyOf(codes);
    }

    /**
     * SHA-256 of the normalised code, as lower-case hex: the value to store and look up.
     * <p>
     * A fast, unsalted hash instead of Argon2 because the codes are random, not chosen by
     * people: online guessing of 49.5 bits is hopeless, and a typed code can be matched
     * against the user's stored hashes by simple lookup. The known price: whoever holds a copy
     * of the database can enumerate the whole code space offline in roughly a day of GPU time,
     * recovering every user's codes at once. Such a copy already holds the TOTP secrets, so
     * the second factor is lost with it either way; the password hashes still protect logins.
     */
    public static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalise(code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime must provide SHA-256.
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Lower case, dashes and whitespace removed, so "ABCDE-FGHJK" and "abcde fghjk" match. */
    public static String normalise(String code) {
        Objects.requireNonNull(code, "code");
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
