package io.tresor.domain.identity;

import io.tresor.domain.crypto.Personal;
import io.tresor.domain.shared.Ids;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The credential side of a user account. Sign-in looks it up before the tenant is known, so it
 * does that under the system reach of authentication; once signed in, a person reaches their
 * own account within their tenant like any other tenant-owned row.
 */
@Entity
@Cacheable(false)
@Table(name = "user_account")
@NamedQuery(name = "LoginAccount.byEmailIndex", query = "SELECT a FROM LoginAccount a WHERE a.emailIndex = :index")
@NamedQuery(name = "LoginAccount.byInvitation", query = "SELECT a FROM LoginAccount a WHERE a.invitationTokenHash = :hash")
@NamedQuery(name = "LoginAccount.countByTenant", query = "SELECT COUNT(a) FROM LoginAccount a WHERE a.tenantId = :tenantId")
public class LoginAccount extends AccountBase {

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    /** Encrypted like personal data: a database copy alone must not yield working second factors. */
    @Column(name = "totp_secret", length = 400)
    private Personal totpSecret;

    @Convert(converter = StringListConverter.class)
    @Column(name = "recovery_codes", length = 1000)
    private List<String> recoveryCodeHashes = new ArrayList<>();

    @Column(length = 10)
    private String locale;

    protected LoginAccount() {
    }

    private LoginAccount(String tenantId, String email, String displayName, Set<Role> roles, UserStatus status,
                         Instant now) {
        super(tenantId);
        this.id = Ids.newId();
        this.email = Personal.of(normaliseEmail(email));
        this.displayName = Personal.of(Objects.requireNonNull(displayName, "displayName").strip());
        this.roles = copyOf(roles);
        this.status = status;
        this.createdAt = now;
    }

    /** An account created by the platform (first admin, demo data, a tenant's first admin). */
    public LoginAccount(String tenantId, String email, String displayName, Set<Role> roles,
                        String passwordHash, Instant now) {
        this(tenantId, email, displayName, roles, UserStatus.ACTIVE, now);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.passwordChangeRequired = true;
    }

    /** An account that becomes usable once the person sets a password through the invitation link. */
    public static LoginAccount invited(String tenantId, String email, String displayName, Set<Role> roles,
                                       String invitationTokenHash, Instant now) {
        LoginAccount account = new LoginAccount(tenantId, email, displayName, roles, UserStatus.INVITED, now);
        account.invitationTokenHash = Objects.requireNonNull(invitationTokenHash);
        account.invitationExpiresAt = now.plus(UserAccount.INVITATION_VALIDITY);
        return account;
    }

    public boolean invitationValidAt(Instant now) {
        return status == UserStatus.INVITED && invitationExpiresAt != null && now.isBefore(invitationExpiresAt);
    }

    public static String normaliseEmail(String email) {
        if (email == null || !email.contains("@") || email.length() > 320) {
            throw new IllegalArgumentException("Not an e-mail address");
        }
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Only TOTP-protected roles are forced into enrolment; others may opt in. */
    public boolean mfaRequired() {
        return totpEnabled || roles.stream().anyMatch(Role::mfaMandatory);
    }

    public boolean canSignIn() {
        return status == UserStatus.ACTIVE && passwordHash != null;
    }

    public void recordLogin(Instant now) {
        lastLoginAt = now;
    }

    public void changePassword(String newHash) {
        passwordHash = Objects.requireNonNull(newHash);
        passwordChangeRequired = false;
    }

    /** Sets the first password from an invitation; the link works once and only before it expires. */
    public void acceptInvitation(String newHash, Instant now) {
        if (status != UserStatus.INVITED || invitationExpiresAt == null || now.isAfter(invitationExpiresAt)) {
            throw new IllegalStateException("The invitation is no longer valid");
        }
        passwordHash = Objects.requireNonNull(newHash);
        passwordChangeRequired = false;
        invitationTokenHash = null;
        invitationExpiresAt = null;
        status = UserStatus.ACTIVE;
    }

    /** A new secret replaces any earlier one but counts only once confirmed with a code. */
    public void startTotpEnrolment(String secret) {
        totpSecret = Personal.sealedFor(this, "totpSecret", Objects.requireNonNull(secret));
        totpEnabled = false;
        totpLastStep = 0;
    }

    public void confirmTotp(long step, List<String> codeHashes) {
        if (totpSecret == null) {
            throw new IllegalStateException("No TOTP enrolment in progress");
        }
        totpEnabled = true;
        totpLastStep = step;
        recoveryCodeHashes = new ArrayList<>(codeHashes);
    }

    /** Records the step of an accepted code so that the same code is never accepted again. */
    public void acceptTotpStep(long step) {
        if (step <= totpLastStep) {
            throw new IllegalStateException("TOTP step already used");
        }
        totpLastStep = step;
    }

    public void disableTotp() {
        totpEnabled = false;
        totpSecret = null;
        totpLastStep = 0;
        recoveryCodeHashes = new ArrayList<>();
    }

    /**
     * Consumes a recovery code; true if it was one of the unused codes. The list is replaced,
     * not changed in place: EclipseLink treats converted attributes as immutable and would
     * not notice an in-place removal, so the code would stay usable.
     */
    public boolean useRecoveryCode(String codeHash) {
        List<String> remaining = new ArrayList<>(recoveryCodeHashes);
        boolean used = remaining.remove(codeHash);
        recoveryCodeHashes = remaining;
        return used;
    }

    public void replaceRecoveryCodes(List<String> codeHashes) {
        recoveryCodeHashes = new ArrayList<>(codeHashes);
    }

    public void changeLocale(String newLocale) {
        locale = newLocale;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Personal getTotpSecret() {
        return totpSecret;
    }

    public int getRecoveryCodesLeft() {
        return recoveryCodeHashes.size();
    }

    public String getLocale() {
        return locale;
    }

}
