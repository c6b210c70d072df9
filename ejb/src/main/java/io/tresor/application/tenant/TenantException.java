package io.tresor.application.tenant;

import io.tresor.application.shared.Refused;
import jakarta.ejb.ApplicationException;

/**
 * A tenant change that the rules refuse: the name is missing or taken, the first admin's e-mail
 * address is not usable, the platform tenant would be suspended, or the tenant does not exist.
 * Every code it raises is one of the constants below.
 */
@ApplicationException(rollback = true)
public class TenantException extends Refused {

    private static final long serialVersionUID = 1L;

    public static final String NOT_FOUND = "tenant.notFound";
    public static final String NAME_REQUIRED = "tenant.nameRequired";
    public static final String NAME_TAKEN = "tenant.nameTaken";
    public static final String PLATFORM_NOT_SUSPENDABLE = "tenant.platformNotSuspendable";
    /** The first admin's e-mail address is not an e-mail address. */
    public static final String EMAIL_INVALID = "user.emailInvalid";
    /** The first admin's e-mail address already has an account. */
    public static final String EMAIL_TAKEN = "user.emailTaken";

    public TenantException(Kind kind, String code, String message, Object... arguments) {
        super(kind, code, message, null, arguments);
    }

    public static TenantException invalid(String code, String message) {
        return new TenantException(Kind.INVALID, code, message);
    }

    public static TenantException notFound(String code, String message) {
        return new TenantException(Kind.NOT_FOUND, code, message);
    }

    public static TenantException conflict(String code, String message) {
        return new TenantException(Kind.CONFLICT, code, message);
    }
}
