package io.tresor.application.identity;

import jakarta.ejb.ApplicationException;

/**
 * An account or client change that the rules refuse: the e-mail address is taken, a role
 * does not fit the tenant, the target does not exist in the caller's tenant, or an admin
 * would lock themselves out. {@code messageKey} names the text the portal shows.
 */
@ApplicationException(rollback = true)
public class AccountException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public AccountException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
