package io.tresor.application.crypto.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * A searchable stand-in for an encrypted value: HMAC-SHA256 under the tenant's index key of
 * the normalised value, truncated. Equal inputs give equal indexes, so exact lookups (login by
 * e-mail, search by name) work without decrypting; truncation makes collisions possible on
 * purpose, so an index alone does not pin one person down in a dump.
 */
public final class BlindIndex {

    /** 16 bytes: unique enough for lookups among millions of rows, still ambiguous for an attacker. */
    static final int BYTES = 16;

    private BlindIndex() {
    }

    /**
     * Unicode NFKC, trimmed, inner white space collapsed, case folded: "  Anna  Schmidt " =
     * "anna schmidt", "GROSS" = "Groß". Upper then lower case is the full folding that plain
     * lower-casing misses for ß and the like, so what a person types in capitals still matches.
     */
    public static String normalise(String value) {
        String folded = Normalizer.normalize(value, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        return folded.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    public static String of(String value, String purpose, SecretKey indexKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            // The purpose separates indexes of different fields: the same name as e-mail and as name differ.
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            byte[] full = mac.doFinal(normalise(value).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
