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
     * SHA-256 of the normalised code, as lower-case hex: how codes issued before version 0.1's
     * privacy core were stored, still accepted until renewed. New codes are keyed with an HMAC
     * under a key outside the database (see {@code Credentials}), because an unkeyed 49.5-bit
     * code can be enumerated offline from a copy of the database.
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
