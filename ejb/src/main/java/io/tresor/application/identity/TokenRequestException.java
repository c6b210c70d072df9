package io.tresor.application.identity;

import io.tresor.application.shared.Refused;
import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * Thrown when a token request is refused: unknown or disabled client, wrong secret,
 * an address outside the client's allow-list, a scope the client does not hold, or too
 * many failed attempts for the client or from the address. The code is the reason in lower
 * case, which the audit trail records; the token endpoint answers with the error codes of
 * RFC 6749 section 5.2.
 */
@ApplicationException(rollback = true)
public class TokenRequestException extends Refused {

    private static final long serialVersionUID = 1L;

    public static final String INVALID_CLIENT = "invalid_client";
    public static final String INVALID_SCOPE = "invalid_scope";
    public static final String ADDRESS_NOT_ALLOWED = "address_not_allowed";
    /** Arguments: the seconds to wait. */
    public static final String THROTTLED = "throttled";

    /** RFC 6749 error codes, plus the address refusal that maps to 403. */
    public enum Reason {
        INVALID_CLIENT(Kind.UNAUTHENTICATED), INVALID_SCOPE(Kind.INVALID), ADDRESS_NOT_ALLOWED(Kind.FORBIDDEN),
        THROTTLED(Kind.THROTTLED);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;
    private final long retryAfterSeconds;

    public TokenRequestException(Reason reason, String message) {
        this(reason, message, 0);
    }

    public TokenRequestException(Reason reason, String message, long retryAfterSeconds) {
        super(reason.kind, reason.code(), message, null, retryAfterSeconds);
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
