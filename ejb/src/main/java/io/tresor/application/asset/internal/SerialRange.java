package io.tresor.application.asset.internal;

import io.tresor.domain.asset.Asset;
import java.util.Optional;

/**
 * A case-insensitive serial-number prefix as a range of stored serial keys: every key that
 * starts with the prefix lies in {@code [from, to)}, where {@code to} is the prefix with its
 * last character advanced by one. Keys compare in code-point order (PostgreSQL with
 * {@code COLLATE "C"}, H2 by default), so the range holds exactly the keys with that prefix.
 */
record SerialRange(String from, Optional<String> to) {

    static SerialRange of(String prefix) {
        String key = Asset.serialKey(prefix);
        int last = key.codePointBefore(key.length());
        if (last == Character.MAX_CODE_POINT) {
            return new SerialRange(key, Optional.empty());
        }
        String head = key.substring(0, key.length() - Character.charCount(last));
        return new SerialRange(key, Optional.of(head + Character.toString(last + 1)));
    }
}
