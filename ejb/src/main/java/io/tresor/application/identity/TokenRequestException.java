package io.tresor.application.identity;

import jakarta.ejb.ApplicationException;

/**
 * Thrown when a token request is refused: unknown or disabled client, wrong secret,
 * an address outside the client's allow-list, or a scope the client does not hold.
 * The error codes are those of RFC 6749 section 5.2.
 */
@ApplicationException(rollback = true)
public class TokenRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    /** RFC 6749 error codes, plus the address refusal that maps to 403. */
    public enum Reason { INVALID_CLIENT, INVALID_SCOPE, ADDRESS_NOT_ALLOWED }

    private final Reason reason;

    public TokenRequestException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
