package io.tresor.domain.asset;

/** The checks every name-like attribute of the installed base makes: present (or not), stripped, not too long. */
final class Texts {

    private Texts() {
    }

    static String required(String value, int maxLength, String message) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return optional(value, maxLength, message + " of at most " + maxLength + " characters");
    }

    static String optional(String value, int maxLength, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(message);
        }
        return stripped;
    }
}
