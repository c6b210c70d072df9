package io.tresor.application.identity.internal;

import io.tresor.application.identity.PasswordHasher;
import io.tresor.application.audit.ActorType;
import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditAction;
import io.tresor.application.audit.AuditRecord;
import io.tresor.application.crypto.CipherService;
import io.tresor.application.identity.SignInService;
import io.tresor.application.shared.SystemJob;
import io.tresor.application.shared.SystemReach;
import io.tresor.application.shared.TenantData;
import io.tresor.domain.crypto.Purpose;
import io.tresor.domain.identity.LoginAccount;
import io.tresor.domain.shared.Tenancy;
import io.tresor.domain.tenant.Tenant;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sign-in happens before anyone is signed in: the account is found by the blind index of its
 * address across every tenant, under the system reach of authentication.
 */
@Stateless
@PermitAll
@SystemReach(SystemJob.AUTHENTICATION)
public class SignInServiceBean implements SignInService {

    /** Verifies something against a dummy hash when the account is unknown, so timing does not reveal accounts. */
    private static final String DUMMY_HASH = new PasswordHasher().hash("not-a-real-password".toCharArray());

    /** The tenant directory, to refuse sign-in into a suspended tenant. */
    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager em;

    @Inject
    TenantData data;

    @Inject
    Credentials credentials;

    @Inject
    CipherService cipher;

    @Inject
    Audit audit;

    @Inject
    LoginThrottle throttle;

    @Override
    public Attempt checkPassword(String email, String password, String sourceAddress) {
        Instant now = Instant.now();
        // The blind index, not the address: the throttle's memory holds no e-mail addresses.
        String key = loginIndex(email);
        Optional<LoginAccount> found = key.isEmpty() ? Optional.empty()
                : data.namedQuery("LoginAccount.byEmailIndex", LoginAccount.class)
                .setParameter("index", key).getResultStream().findFirst();
        long wait = throttle.waitSeconds(key, sourceAddress, now);
        if (wait > 0) {
            // Attributed to the account, so that the security watch counts guesses that hit the throttle.
            audit.record(found.map(a -> signIn(a.getId(), a.getTenantId())).orElseGet(() -> signIn(null, null))
                    .failed("throttled").detail("waitSeconds", wait));
            return Attempt.refused("signin.throttled", wait);
        }
        boolean matches;
        if (found.isPresent()) {
            matches = credentials.passwordMatches(found.get(), password);
        } else {
            new PasswordHasher().verify(String.valueOf(password).toCharArray(), DUMMY_HASH);
            matches = false;
        }
        if (!matches) {
            throttle.failed(key, sourceAddress, now);
            audit.record(found.map(a -> signIn(a.getId(), a.getTenantId()).failed("wrong-password"))
                    .orElseGet(() -> signIn(null, null).failed("unknown-account")));
            return Attempt.refused("signin.failed", 0);
        }
        LoginAccount account = found.get();
        if (!account.canSignIn() || !tenantActive(account)) {
            audit.record(signIn(account.getId(), account.getTenantId()).denied("account-or-tenant-disabled"));
            return Attempt.refused("signin.disabled", 0);
        }
        throttle.succeeded(key);
        return new Attempt(true, account.getId(), next(account), null, 0);
    }

    private String loginIndex(String email) {
        try {
            return email == null ? "" : cipher.loginEmailIndex(email);
        } catch (IllegalArgumentException notAnAddress) {
            return "";
        }
    }

    /** Sign-in events: the actor is the account being signed into (not authenticated yet). */
    private static AuditRecord signIn(String accountId, String tenantId) {
        return AuditRecord.of(AuditAction.SIGN_IN).actor(ActorType.ANONYMOUS, accountId).tenant(tenantId).target("user", accountId);
    }

    private boolean tenantActive(LoginAccount account) {
        Tenant tenant = em.find(Tenant.class, account.getTenantId());
        return tenant != null && tenant.isActive();
    }

    private static Step next(LoginAccount account) {
        if (account.isPasswordChangeRequired()) {
            return Step.CHANGE_PASSWORD;
        }
        if (account.mfaRequired() && !account.isTotpEnabled()) {
            return Step.ENROL_TOTP;
        }
        return account.isTotpEnabled() ? Step.ENTER_TOTP : Step.DONE;
    }

    @Override
    public List<String> changeInitialPassword(String accountId, String newPassword) {
        LoginAccount account = credentials.account(accountId);
        if (!account.isPasswordChangeRequired()) {
            throw new IllegalStateException("No password change is pending");
        }
        return credentials.setPassword(account, newPassword);
    }

    @Override
    public Step nextStep(String accountId) {
        return next(credentials.account(accountId));
    }

    @Override
    public Enrolment beginEnrolment(String accountId) {
        return credentials.beginEnrolment(credentials.account(accountId));
    }

    @Override
    public List<String> confirmEnrolment(String accountId, String code) {
        return credentials.confirmEnrolment(credentials.account(accountId), code);
    }

    @Override
    public Attempt checkSecondFactor(String accountId, String code, String sourceAddress) {
        Instant now = Instant.now();
        LoginAccount account = credentials.account(accountId);
        long wait = throttle.waitSeconds(account.getEmailIndex(), sourceAddress, now);
        if (wait > 0) {
            audit.record(signIn(accountId, account.getTenantId()).failed("throttled").detail("step", "totp"));
            return Attempt.refused("signin.throttled", wait);
        }
        if (!credentials.secondFactorMatches(account, code)) {
            throttle.failed(account.getEmailIndex(), sourceAddress, now);
            audit.record(signIn(accountId, account.getTenantId()).failed("wrong-second-factor"));
            return Attempt.refused("signin.codeWrong", 0);
        }
        throttle.succeeded(account.getEmailIndex());
        return new Attempt(true, accountId, Step.DONE, null, 0);
    }

    @Override
    public Account complete(String accountId) {
        LoginAccount account = credentials.account(accountId);
        if (next(account) != Step.DONE && next(account) != Step.ENTER_TOTP) {
            throw new IllegalStateException("Sign-in is not finished");
        }
        account.recordLogin(Instant.now());
        Tenant tenant = em.find(Tenant.class, account.getTenantId());
        audit.record(signIn(accountId, account.getTenantId()).actor(ActorType.USER, accountId)
                .detail("mfa", account.isTotpEnabled()));
        return new Account(account.getId(), account.getTenantId(), tenant.getName(),
                account.getDisplayName().reveal(Purpose.SIGN_IN),
                account.getRoles().stream().map(Enum::name).collect(Collectors.toSet()), account.getLocale());
    }

    @Override
    public boolean stillAllowed(String accountId) {
        LoginAccount account = data.find(LoginAccount.class, accountId).orElse(null);
        return account != null && account.canSignIn() && tenantActive(account);
    }
}
