package io.tresor.application.identity;

import jakarta.ejb.ApplicationException;

/**
 * Thrown when a token request is refused: unknown or disabled client, wrong secret,
 * an address outside the client's allow-list, a scope the client does not hold, or too
 * many failed attempts for the client or from the address.
 * The error codes are those of RFC 6749 section 5.2.
 */
@ApplicationException(rollback = true)
public class TokenRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    /** RFC 6749 error codes, plus the address refusal that maps to 403. */
    public enum Reason { INVALID_CLIENT, INVALID_SCOPE, ADDRESS_NOT_ALLOWED, THROTTLED }

    private final Reason reason;
    private final long retryAfterSeconds;

    public TokenRequestException(Reason reason, String message) {
        this(reason, message, 0);
    }

    public TokenRequestException(Reason reason, String message, long retryAfterSeconds) {
        super(message);
        this.reason = reason;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Reason reason() {
        return reason;
    }
}
