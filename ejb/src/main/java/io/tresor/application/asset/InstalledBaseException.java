package io.tresor.application.asset;

import jakarta.ejb.ApplicationException;

/**
 * A change to the installed base (asset types, sites, assets, devices) that the rules refuse:
 * the thing does not exist within the caller's reach, it conflicts with what exists (a serial
 * number or name taken, a device in the wrong state), or the input is invalid.
 * {@code code} is stable for clients; the message says what to do.
 */
@ApplicationException(rollback = true)
public class InstalledBaseException extends Exception {

    private static final long serialVersionUID = 1L;

    /** How a channel reports it: 404, 409 or 400 over REST. */
    public enum Kind { NOT_FOUND, CONFLICT, INVALID }

    private final Kind kind;
    private final String code;

    public InstalledBaseException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    /** {@code what} in words ("asset type"); the code joins them ({@code assetType.notFound}). */
    public static InstalledBaseException notFound(String what, String id) {
        StringBuilder code = new StringBuilder();
        for (String word : what.split(" ")) {
            code.append(code.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return new InstalledBaseException(Kind.NOT_FOUND, code + ".notFound", "No " + what + " " + id + " for this caller");
    }

    public static InstalledBaseException invalid(String code, String message) {
        return new InstalledBaseException(Kind.INVALID, code, message);
    }

    public static InstalledBaseException conflict(String code, String message) {
        return new InstalledBaseException(Kind.CONFLICT, code, message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
