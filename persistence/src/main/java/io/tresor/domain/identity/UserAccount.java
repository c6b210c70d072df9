package io.tresor.domain.identity;

import io.tresor.domain.crypto.Personal;
import io.tresor.domain.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person's account as the tenant's administration sees it: like every tenant-owned entity it
 * is read and written only within the caller's reach, so a customer admin can only ever reach
 * colleagues. Credentials are not mapped here; they belong to {@link LoginAccount}.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.ofTenant", query = "SELECT u FROM UserAccount u WHERE u.tenantId = :tenantId ORDER BY u.createdAt")
@NamedQuery(name = "UserAccount.countOfTenant", query = "SELECT COUNT(u) FROM UserAccount u WHERE u.tenantId = :tenantId")
@NamedQuery(name = "UserAccount.byNameIndex", query = "SELECT u FROM UserAccount u"
        + " WHERE u.tenantId = :tenantId AND u.displayNameIndex = :index ORDER BY u.createdAt")
@NamedQuery(name = "UserAccount.byEmailIndex",
        query = "SELECT u FROM UserAccount u WHERE u.tenantId = :tenantId AND u.emailIndex = :index")
@NamedQuery(name = "UserAccount.recentLogins", query = "SELECT u FROM UserAccount u"
        + " WHERE u.tenantId = :tenantId AND u.lastLoginAt IS NOT NULL ORDER BY u.lastLoginAt DESC")
public class UserAccount extends AccountBase {

    /** An invitation link is valid this long; long enough for a weekend, short enough to expire unused. */
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(3);

    protected UserAccount() {
    }

    /** Invites a person into the caller's tenant; the account becomes usable once they set a password through the link. */
    public UserAccount(String tenantId, String email, String displayName, Set<Role> roles, String invitationTokenHash,
                       Instant now) {
        super(tenantId);
        this.id = Ids.newId();
        this.email = Personal.of(LoginAccount.normaliseEmail(email));
        this.displayName = Personal.of(requireName(displayName));
        this.roles = requireRoles(roles);
        this.status = UserStatus.INVITED;
        this.invitationTokenHash = Objects.requireNonNull(invitationTokenHash);
        this.invitationExpiresAt = now.plus(INVITATION_VALIDITY);
        this.createdAt = now;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("A name of 1 to 200 characters is required");
        }
        return name.strip();
    }

    private static Set<Role> requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("At least one role is required");
        }
        return EnumSet.copyOf(roles);
    }

    public void changeRoles(Set<Role> newRoles) {
        roles = requireRoles(newRoles);
    }

    public void disable() {
        status = UserStatus.DISABLED;
    }

    /** Re-enables a disabled account; an account that never accepted its invitation stays invited. */
    public void enable() {
        if (status == UserStatus.DISABLED) {
            status = invitationTokenHash != null ? UserStatus.INVITED : UserStatus.ACTIVE;
        }
    }

}
