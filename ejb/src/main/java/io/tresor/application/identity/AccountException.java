package io.tresor.application.identity;

import io.tresor.application.shared.Refused;
import jakarta.ejb.ApplicationException;

/**
 * An account, invitation or client change that the rules refuse: the e-mail address is taken, a
 * role does not fit the tenant, the target does not exist in the caller's tenant, or an admin
 * would lock themselves out. Every code it raises is one of the constants below.
 */
@ApplicationException(rollback = true)
public class AccountException extends Refused {

    private static final long serialVersionUID = 1L;

    public static final String USER_NOT_FOUND = "user.notFound";
    public static final String USER_EMAIL_INVALID = "user.emailInvalid";
    public static final String USER_EMAIL_TAKEN = "user.emailTaken";
    /** The name is missing or too long. */
    public static final String USER_INVALID = "user.invalid";
    /** An admin would take away their own admin role or disable their own account. */
    public static final String USER_SELF_LOCKOUT = "user.selfLockout";
    /** Arguments: the role. */
    public static final String USER_ROLE_NOT_ALLOWED = "user.roleNotAllowed";
    public static final String USER_ROLE_REQUIRED = "user.roleRequired";
    /** The invitation link is unknown, used or expired. */
    public static final String INVITATION_INVALID = "invitation.invalid";
    public static final String CLIENT_NOT_FOUND = "client.notFound";
    public static final String CLIENT_TENANT_REQUIRED = "client.tenantRequired";
    public static final String CLIENT_SCOPES_INVALID = "client.scopesInvalid";
    /** Arguments: the address block given. */
    public static final String CLIENT_CIDR_INVALID = "client.cidrInvalid";
    /** The name is missing or too long. */
    public static final String CLIENT_INVALID = "client.invalid";

    public AccountException(Kind kind, String code, String message, Object... arguments) {
        super(kind, code, message, null, arguments);
    }

    /** Invalid input: the kind of most account refusals. */
    public AccountException(String code, String message, Object... arguments) {
        this(Kind.INVALID, code, message, arguments);
    }

    public static AccountException notFound(String code, String message) {
        return new AccountException(Kind.NOT_FOUND, code, message);
    }

    public static AccountException conflict(String code, String message) {
        return new AccountException(Kind.CONFLICT, code, message);
    }
}
