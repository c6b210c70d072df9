package io.tresor.application.identity.internal;

import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditAction;
import io.tresor.application.identity.ProfileService;
import io.tresor.application.identity.Roles;
import io.tresor.application.identity.SignInService;
import io.tresor.application.shared.CallerTenant;
import io.tresor.domain.crypto.Purpose;
import io.tresor.domain.identity.LoginAccount;
import io.tresor.domain.identity.Role;
import io.tresor.domain.shared.Tenancy;
import io.tresor.domain.tenant.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/** Self-service on the caller's own account; the account is always the caller's, never a parameter. */
@Stateless
@RolesAllowed({Roles.CUSTOMER_USER, Roles.CUSTOMER_ADMIN, Roles.CLERK, Roles.AUDITOR, Roles.OPERATOR,
        Roles.PLATFORM_ADMIN})
public class ProfileServiceBean implements ProfileService {

    private static final Set<String> LOCALES = Set.of("de", "en");

    /** The tenant directory, for the name of the person's organisation. */
    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager em;

    @Inject
    Credentials credentials;

    @Inject
    CallerTenant caller;

    @Inject
    Audit audit;

    private LoginAccount me() {
        return credentials.account(caller.require().getName());
    }

    @Override
    public Profile profile() {
        LoginAccount me = me();
        Tenant tenant = em.find(Tenant.class, me.getTenantId());
        return new Profile(me.getEmail().reveal(Purpose.SELF_SERVICE), me.getDisplayName().reveal(Purpose.SELF_SERVICE),
                tenant.getName(),
                me.getRoles().stream().map(Enum::name).sorted().toList(), me.isTotpEnabled(),
                me.getRoles().stream().anyMatch(Role::mfaMandatory), me.getRecoveryCodesLeft(), me.getLastLoginAt());
    }

    @Override
    public List<String> changePassword(String currentPassword, String newPassword) {
        LoginAccount me = me();
        if (!credentials.passwordMatches(me, currentPassword)) {
            return List.of("password.currentWrong");
        }
        return credentials.setPassword(me, newPassword);
    }

    @Override
    public SignInService.Enrolment beginEnrolment() {
        return credentials.beginEnrolment(me());
    }

    @Override
    public List<String> confirmEnrolment(String code) {
        return credentials.confirmEnrolment(me(), code);
    }

    @Override
    public List<String> regenerateRecoveryCodes() {
        LoginAccount me = me();
        if (!me.isTotpEnabled()) {
            throw new IllegalStateException("Recovery codes belong to an enrolled second factor");
        }
        return credentials.regenerateRecoveryCodes(me);
    }

    @Override
    public void disableTotp() {
        LoginAccount me = me();
        if (me.getRoles().stream().anyMatch(Role::mfaMandatory)) {
            throw new IllegalStateException("Two-factor sign-in is mandatory for this role");
        }
        me.disableTotp();
        audit.record(credentials.bySelf(AuditAction.MFA_DISABLED, me));
    }

    @Override
    public void changeLocale(String locale) {
        if (LOCALES.contains(locale)) {
            me().changeLocale(locale);
        }
    }
}
