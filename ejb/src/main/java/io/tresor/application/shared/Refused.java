package io.tresor.application.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The base of every expected refusal of a service: a {@link Kind} that tells a channel how to
 * report it, a stable machine-readable {@code code} that integrators and the portal's resource
 * bundles key on, and the {@code arguments} that a translated text is filled with. The message
 * is plain English for logs and API details; users see the translation of the code.
 *
 * <p>Each capability has its own subclasses, which declare every code they raise as a
 * {@code public static final String} constant, so the codes can be enumerated (the portal's
 * bundles are tested against them). A code once on the wire never changes.
 */
public abstract class Refused extends Exception {

    private static final long serialVersionUID = 1L;

    /** How a channel reports a refusal (REST: 404, 409, 400, 403, 401, 429, 503). */
    public enum Kind { NOT_FOUND, CONFLICT, INVALID, FORBIDDEN, UNAUTHENTICATED, THROTTLED, UNAVAILABLE }

    private final Kind kind;
    private final String code;
    private final Object[] arguments;

    protected Refused(Kind kind, String code, String message, Throwable cause, Object... arguments) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** The values a translated text of the code is filled with, in the order of its placeholders. */
    public List<Object> arguments() {
        return Arrays.asList(arguments.clone());
    }
}
