package io.tresor.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The columns of a user account that both of its views map: {@link LoginAccount} (sign-in,
 * platform unit) and {@link UserAccount} (the tenant's administration, tenant unit).
 */
@MappedSuperclass
public abstract class AccountBase {

    @Id
    @Column(length = 36)
    protected String id;

    @Column(nullable = false, length = 320)
    protected String email;

    @Column(name = "display_name", nullable = false, length = 200)
    protected String displayName;

    @Convert(converter = RoleSetConverter.class)
    @Column(nullable = false, length = 200)
    protected Set<Role> roles = EnumSet.noneOf(Role.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    protected UserStatus status;

    @Column(name = "password_change_required", nullable = false)
    protected boolean passwordChangeRequired;

    @Column(name = "totp_enabled", nullable = false)
    protected boolean totpEnabled;

    @Column(name = "totp_last_step", nullable = false)
    protected long totpLastStep;

    @Column(name = "invitation_token_hash", length = 64)
    protected String invitationTokenHash;

    @Column(name = "invitation_expires_at")
    protected Instant invitationExpiresAt;

    @Column(name = "last_login_at")
    protected Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    protected Instant createdAt;

    @Version
    protected long version;

    /** Role sets are replaced, never changed in place: EclipseLink would not see an in-place change. */
    protected static Set<Role> copyOf(Set<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<Role> getRoles() {
        return copyOf(roles);
    }

    public UserStatus getStatus() {
        return status;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public boolean isTotpEnabled() {
        return totpEnabled;
    }

    public long getTotpLastStep() {
        return totpLastStep;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && id.equals(((AccountBase) o).id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
