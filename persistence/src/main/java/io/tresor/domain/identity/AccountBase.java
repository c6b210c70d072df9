package io.tresor.domain.identity;

import io.tresor.domain.shared.TenantOwned;
import io.tresor.domain.crypto.BlindIndexed;
import io.tresor.domain.crypto.Personal;
import io.tresor.domain.crypto.PersonalData;
import io.tresor.domain.crypto.PersonalDataListener;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EnumType;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The columns of a user account that both of its views map: {@link LoginAccount} (sign-in and
 * credentials) and {@link UserAccount} (the tenant's administration); both are tenant-owned.
 * E-mail address and name are personal data: stored encrypted under the person's data key;
 * the e-mail address is also stored as a blind index, which sign-in looks up, and the name as
 * a blind index under the tenant's own key, which exact search by name looks up.
 */
@MappedSuperclass
@EntityListeners(PersonalDataListener.class)
public abstract class AccountBase extends TenantOwned implements PersonalData {

    /** Bound into every ciphertext of the row; both views of the table use it. */
    static final String RECORD_TYPE = "user_account";

    @Id
    @Column(length = 36)
    protected String id;

    @BlindIndexed(into = "emailIndex", scope = BlindIndexed.Scope.INSTALLATION)
    @Column(nullable = false, length = 1000)
    protected Personal email;

    @Column(name = "email_index", length = 32)
    protected String emailIndex;

    @BlindIndexed(into = "displayNameIndex")
    @Column(name = "display_name", nullable = false, length = 1000)
    protected Personal displayName;

    @Column(name = "display_name_index", length = 32)
    protected String displayNameIndex;

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

    protected AccountBase() {
    }

    protected AccountBase(String tenantId) {
        super(tenantId);
    }

    /** Role sets are replaced, never changed in place: EclipseLink would not see an in-place change. */
    protected static Set<Role> copyOf(Set<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getId() {
        return id;
    }

    public Personal getEmail() {
        return email;
    }

    public Personal getDisplayName() {
        return displayName;
    }

    /** The blind index of the e-mail address; stable per person, reveals nothing by itself. */
    public String getEmailIndex() {
        return emailIndex;
    }

    @Override
    public String personalTenantId() {
        return getTenantId();
    }

    @Override
    public String personalSubjectId() {
        return id;
    }

    @Override
    public String personalRecordType() {
        return RECORD_TYPE;
    }

    @Override
    public String personalRecordId() {
        return id;
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
