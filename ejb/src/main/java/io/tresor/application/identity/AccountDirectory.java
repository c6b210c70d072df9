package io.tresor.application.identity;

import io.tresor.application.shared.SystemJob;
import io.tresor.application.shared.SystemReach;
import io.tresor.application.shared.TenantData;
import io.tresor.domain.identity.LoginAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * One sign-in address, one account, across the whole installation: whether an address is
 * taken is asked across every tenant, so it runs in a transaction of its own under the system
 * reach of authentication, and answers nothing but yes or no.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@SystemReach(SystemJob.AUTHENTICATION)
public class AccountDirectory {

    @Inject
    TenantData data;

    /** Whether an account anywhere signs in with the address whose login index this is. */
    public boolean loginTaken(String loginEmailIndex) {
        return !data.namedQuery("LoginAccount.byEmailIndex", LoginAccount.class).setParameter("index", loginEmailIndex)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
