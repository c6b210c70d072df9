package io.tresor.application.identity.internal;

import io.tresor.application.identity.Invitations;
import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditAction;
import io.tresor.application.audit.AuditRecord;
import io.tresor.application.crypto.CipherService;
import io.tresor.application.identity.AccountDirectory;
import io.tresor.application.identity.AccountException;
import io.tresor.application.identity.Roles;
import io.tresor.application.identity.UserAdministrationService;
import io.tresor.application.shared.CallerTenant;
import io.tresor.application.shared.TenantData;
import io.tresor.domain.crypto.BlindIndexed;
import io.tresor.domain.crypto.Purpose;
import io.tresor.domain.identity.LoginAccount;
import io.tresor.domain.identity.Role;
import io.tresor.domain.identity.UserAccount;
import io.tresor.domain.shared.Tenancy;
import io.tresor.domain.tenant.Tenant;
import io.tresor.domain.tenant.TenantKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The people of the caller's own organisation: a customer admin's colleagues, the platform
 * admin's on the manufacturer's side. Every query names the caller's tenant, and the data layer
 * confines them to the caller's reach besides.
 */
@Stateless
@RolesAllowed({Roles.CUSTOMER_ADMIN, Roles.PLATFORM_ADMIN})
public class UserAdministrationServiceBean implements UserAdministrationService {

    @Inject
    TenantData data;

    /** The tenant directory. */
    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager platform;

    /** Sign-in addresses are unique across tenants. */
    @EJB
    AccountDirectory accounts;

    @Inject
    CallerTenant caller;

    @Inject
    Invitations invitations;

    @Inject
    CipherService cipher;

    @Inject
    Audit audit;

    @Override
    public List<UserView> list() {
        // Sorted here: the addresses are ciphertexts in the database.
        return data.namedQuery("UserAccount.ofTenant", UserAccount.class).setParameter("tenantId", own())
                .getResultStream().map(this::view)
                .sorted(java.util.Comparator.comparing(UserView::email)).toList();
    }

    @Override
    public List<UserView> find(String nameOrEmail) {
        if (nameOrEmail == null || nameOrEmail.isBlank()) {
            return List.of();
        }
        List<UserAccount> found = new ArrayList<>(data.namedQuery("UserAccount.byNameIndex", UserAccount.class)
                .setParameter("tenantId", own())
                .setParameter("index", cipher.blindIndex(nameOrEmail, own(), BlindIndexed.Scope.TENANT, "displayName"))
                .getResultList());
        if (nameOrEmail.contains("@")) {
            try {
                data.namedQuery("UserAccount.byEmailIndex", UserAccount.class).setParameter("tenantId", own())
                        .setParameter("index", cipher.loginEmailIndex(nameOrEmail)).getResultStream()
                        .filter(u -> !found.contains(u)).forEach(found::add);
            } catch (IllegalArgumentException notAnAddress) {
                // Searched for something with an @ that is no address: only the name can match.
            }
        }
        return found.stream().map(this::view).toList();
    }

    @Override
    public List<String> assignableRoles() {
        return assignable().stream().map(Enum::name).toList();
    }

    private Set<Role> assignable() {
        Tenant tenant = platform.find(Tenant.class, own());
        Role.Side side = tenant.getKind() == TenantKind.PLATFORM ? Role.Side.PLATFORM : Role.Side.CUSTOMER;
        return Role.personRoles().stream().filter(r -> r.side() == side)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    @Override
    public UserView invite(String email, String displayName, Set<String> roles) throws AccountException {
        String normalised;
        try {
            normalised = LoginAccount.normaliseEmail(email);
        } catch (IllegalArgumentException e) {
            throw new AccountException(AccountException.USER_EMAIL_INVALID, "Not an e-mail address");
        }
        if (accounts.loginTaken(cipher.loginEmailIndex(normalised))) {
            throw AccountException.conflict(AccountException.USER_EMAIL_TAKEN, "This e-mail address already has an account");
        }
        Set<Role> granted = roles(roles);
        Tenant tenant = platform.find(Tenant.class, own());
        String tokenHash = invitations.send(normalised, displayName, tenant.getName());
        UserAccount user;
        try {
            user = new UserAccount(tenant.getId(), normalised, displayName, granted, tokenHash, Instant.now());
        } catch (IllegalArgumentException e) {
            throw new AccountException(AccountException.USER_INVALID, e.getMessage());
        }
        data.persist(user);
        audit.record(AuditRecord.of(AuditAction.USER_INVITED).target("user", user.getId()).detail("roles", names(granted)));
        return view(user);
    }

    @Override
    public UserView changeRoles(String userId, Set<String> roles) throws AccountException {
        UserAccount user = require(userId);
        Set<Role> granted = roles(roles);
        if (isCaller(user) && !granted.contains(Role.CUSTOMER_ADMIN) && !granted.contains(Role.PLATFORM_ADMIN)) {
            throw AccountException.conflict(AccountException.USER_SELF_LOCKOUT, "You cannot take away your own admin role");
        }
        String before = names(user.getRoles());
        user.changeRoles(granted);
        audit.record(AuditRecord.of(AuditAction.USER_ROLES_CHANGED).target("user", userId).detail("from", before)
                .detail("to", names(granted)));
        return view(user);
    }

    @Override
    public UserView disable(String userId) throws AccountException {
        UserAccount user = require(userId);
        if (isCaller(user)) {
            throw AccountException.conflict(AccountException.USER_SELF_LOCKOUT, "You cannot disable your own account");
        }
        user.disable();
        audit.record(AuditRecord.of(AuditAction.USER_DISABLED).target("user", userId));
        return view(user);
    }

    @Override
    public UserView enable(String userId) throws AccountException {
        UserAccount user = require(userId);
        user.enable();
        audit.record(AuditRecord.of(AuditAction.USER_ENABLED).target("user", userId));
        return view(user);
    }

    /** The caller's organisation: user administration is about colleagues, also on the manufacturer's side. */
    private String own() {
        return caller.require().tenantId();
    }

    private boolean isCaller(UserAccount user) {
        return user.getId().equals(caller.require().getName());
    }

    private UserAccount require(String userId) throws AccountException {
        UserAccount user = data.find(UserAccount.class, userId).filter(u -> u.getTenantId().equals(own())).orElse(null);
        if (user == null) {
            throw AccountException.notFound(AccountException.USER_NOT_FOUND, "No such user in your tenant");
        }
        return user;
    }

    private Set<Role> roles(Set<String> names) throws AccountException {
        Set<Role> allowed = assignable();
        Set<Role> granted = EnumSet.noneOf(Role.class);
        for (String name : names) {
            Role role;
            try {
                role = Role.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new AccountException(AccountException.USER_ROLE_NOT_ALLOWED, "Unknown role " + name, name);
            }
            if (!allowed.contains(role)) {
                throw new AccountException(AccountException.USER_ROLE_NOT_ALLOWED,
                        "Role " + name + " does not fit this tenant", name);
            }
            granted.add(role);
        }
        if (granted.isEmpty()) {
            throw new AccountException(AccountException.USER_ROLE_REQUIRED, "At least one role is required");
        }
        return granted;
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private UserView view(UserAccount u) {
        return new UserView(u.getId(), u.getEmail().reveal(Purpose.ACCOUNT_ADMINISTRATION),
                u.getDisplayName().reveal(Purpose.ACCOUNT_ADMINISTRATION),
                u.getRoles().stream().map(Enum::name).collect(Collectors.toCollection(java.util.TreeSet::new)),
                u.getStatus().name(), u.isTotpEnabled(), u.getLastLoginAt(), u.getCreatedAt());
    }
}
