package io.tresor.domain.identity;

import io.tresor.domain.crypto.Personal;
import io.tresor.domain.shared.Ids;
import io.tresor.domain.shared.Tenancy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A person's account as the tenant's own administration sees it: EclipseLink binds every
 * read and write to the caller's tenant, so a customer admin can only ever reach colleagues.
 * Credentials are not mapped here; they belong to {@link LoginAccount}.
 */
@Entity
@Table(name = "user_account")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY,
        length = 36, columnDefinition = "VARCHAR(36) NOT NULL")
@NamedQuery(name = "UserAccount.all", query = "SELECT u FROM UserAccount u ORDER BY u.createdAt")
@NamedQuery(name = "UserAccount.count", query = "SELECT COUNT(u) FROM UserAccount u")
@NamedQuery(name = "UserAccount.byNameIndex",
        query = "SELECT u FROM UserAccount u WHERE u.displayNameIndex = :index ORDER BY u.createdAt")
@NamedQuery(name = "UserAccount.byEmailIndex", query = "SELECT u FROM UserAccount u WHERE u.emailIndex = :index")
@NamedQuery(name = "UserAccount.recentLogins",
        query = "SELECT u FROM UserAccount u WHERE u.lastLoginAt IS NOT NULL ORDER BY u.lastLoginAt DESC")
public class UserAccount extends AccountBase {

    /** An invitation link is valid this long; long enough for a weekend, short enough to expire unused. */
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(3);

    /**
     * The tenant discriminator, mapped read-only: EclipseLink writes the column from the
     * caller's tenant; the value here is what the personal data is bound to.
     */
    @Column(name = "tenant_id", insertable = false, updatable = false, length = 36)
    private String tenantId;

    protected UserAccount() {
    }

    /** Invites a person into the caller's tenant; the account becomes usable once they set a password through the link. */
    public UserAccount(String tenantId, String email, String displayName, Set<Role> roles, String invitationTokenHash,
                       Instant now) {
        this.id = Ids.newId();
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
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

    @Override
    public String getTenantId() {
        return tenantId;
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
