package io.tresor.application.identity.internal;

import io.tresor.application.shared.Secrets;
import io.tresor.application.identity.AccountException;
import io.tresor.application.identity.InvitationService;
import io.tresor.application.audit.Audit;
import io.tresor.domain.crypto.Purpose;
import io.tresor.domain.identity.LoginAccount;
import io.tresor.application.shared.SystemJob;
import io.tresor.application.shared.SystemReach;
import io.tresor.application.shared.TenantData;
import io.tresor.application.audit.AuditAction;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The invitee is not signed in: the account is found by the invitation's token under the system reach of authentication. */
@Stateless
@PermitAll
@SystemReach(SystemJob.AUTHENTICATION)
public class InvitationServiceBean implements InvitationService {

    @Inject
    TenantData data;

    @Inject
    Credentials credentials;

    @Inject
    Audit audit;

    private Optional<LoginAccount> find(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return data.namedQuery("LoginAccount.byInvitation", LoginAccount.class)
                .setParameter("hash", Secrets.hash(token)).getResultStream().findFirst()
                .filter(a -> a.invitationValidAt(Instant.now()));
    }

    @Override
    public Optional<String> invitee(String token) {
        // The invitee reading their own address while setting their first password.
        return find(token).map(a -> a.getEmail().reveal(Purpose.SIGN_IN));
    }

    @Override
    public List<String> accept(String token, String password) throws AccountException {
        LoginAccount account = find(token).orElseThrow(() ->
                AccountException.notFound(AccountException.INVITATION_INVALID, "The invitation link is unknown, used or expired"));
        List<String> violations = credentials.checkPolicy(account, password);
        if (violations.isEmpty()) {
            account.acceptInvitation(credentials.hash(password), Instant.now());
            audit.record(credentials.bySelf(AuditAction.INVITATION_ACCEPTED, account));
        }
        return violations;
    }
}
