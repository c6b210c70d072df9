package io.tresor.application.identity.internal;

import io.tresor.application.identity.PasswordHasher;
import io.tresor.application.audit.ActorType;
import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditAction;
import io.tresor.application.audit.AuditRecord;
import io.tresor.application.crypto.CipherService;
import io.tresor.application.identity.SignInService;
import io.tresor.application.shared.Settings;
import io.tresor.application.shared.TenantData;
import io.tresor.domain.crypto.BlindIndexed;
import io.tresor.domain.crypto.Purpose;
import io.tresor.domain.identity.LoginAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * Credential operations shared by sign-in and the profile page, on {@link LoginAccount}. Runs
 * inside the calling service's transaction and reach: authentication's during sign-in, the
 * person's own afterwards.
 */
@Dependent
public class Credentials {

    static final String ISSUER = "Tresor";

    @Inject
    TenantData data;

    @Inject
    Settings settings;

    @Inject
    Audit audit;

    @Inject
    CipherService cipher;

    private final PasswordHasher hasher = new PasswordHasher();
    private final PasswordPolicy policy = new PasswordPolicy();
    private final Totp totp = new Totp();

    public LoginAccount account(String accountId) {
        return data.find(LoginAccount.class, accountId).orElseThrow(() -> new IllegalArgumentException("No such account"));
    }

    public boolean passwordMatches(LoginAccount account, String password) {
        return account.getPasswordHash() != null && password != null
                && hasher.verify(password.toCharArray(), account.getPasswordHash());
    }

    /** The policy's verdict, with the person's own name and address as forbidden fragments. */
    public List<String> checkPolicy(LoginAccount account, String newPassword) {
        return policy.violations(newPassword == null ? "" : newPassword,
                List.of(account.getEmail().reveal(Purpose.SIGN_IN), account.getDisplayName().reveal(Purpose.SIGN_IN)));
    }

    public String hash(String password) {
        return hasher.hash(password.toCharArray());
    }

    /** Checks the policy and sets the password. */
    public List<String> setPassword(LoginAccount account, String newPassword) {
        List<String> violations = checkPolicy(account, newPassword);
        if (!violations.isEmpty()) {
            return violations;
        }
        if (passwordMatches(account, newPassword)) {
            return List.of("password.unchanged");
        }
        account.changePassword(hasher.hash(newPassword.toCharArray()));
        audit.record(bySelf(AuditAction.PASSWORD_CHANGED, account));
        return List.of();
    }

    public SignInService.Enrolment beginEnrolment(LoginAccount account) {
        String secret = Totp.newSecret();
        account.startTotpEnrolment(secret);
        String uri = totp.otpauthUri(ISSUER, account.getEmail().reveal(Purpose.SIGN_IN), secret);
        return new SignInService.Enrolment(secret, uri, QrCodes.dataUri(uri, 240));
    }

    public List<String> confirmEnrolment(LoginAccount account, String code) {
        if (account.getTotpSecret() == null || code == null) {
            return List.of();
        }
        OptionalLong step = totp.verify(account.getTotpSecret().reveal(Purpose.SIGN_IN), code.strip(), Instant.now(),
                account.getTotpLastStep());
        if (step.isEmpty()) {
            return List.of();
        }
        List<String> codes = RecoveryCodes.generate();
        account.confirmTotp(step.getAsLong(), codes.stream().map(this::recoveryHash).toList());
        audit.record(bySelf(AuditAction.MFA_ENROLLED, account));
        return codes;
    }

    /** A TOTP code (accepted once per time step) or one of the unused recovery codes. */
    public boolean secondFactorMatches(LoginAccount account, String code) {
        if (!account.isTotpEnabled() || code == null || code.isBlank()) {
            return false;
        }
        String trimmed = code.strip();
        if (trimmed.matches("\\d{6}")) {
            OptionalLong step = totp.verify(account.getTotpSecret().reveal(Purpose.SIGN_IN), trimmed, Instant.now(),
                    account.getTotpLastStep());
            step.ifPresent(account::acceptTotpStep);
            return step.isPresent();
        }
        // Codes issued before they were keyed still work until the person renews them.
        return account.useRecoveryCode(recoveryHash(trimmed)) || account.useRecoveryCode(RecoveryCodes.hash(trimmed));
    }

    public List<String> regenerateRecoveryCodes(LoginAccount account) {
        List<String> codes = RecoveryCodes.generate();
        account.replaceRecoveryCodes(codes.stream().map(this::recoveryHash).toList());
        audit.record(bySelf(AuditAction.MFA_RECOVERY_CODES_RENEWED, account));
        return codes;
    }

    /**
     * A recovery code as stored: HMAC under the installation's index key (outside the
     * database), so a copy of the database alone does not allow enumerating the codes offline.
     */
    String recoveryHash(String code) {
        return cipher.blindIndex(RecoveryCodes.normalise(code), null, BlindIndexed.Scope.INSTALLATION, "recovery-code");
    }

    /** Credential changes are made by the person themselves, also before their sign-in has finished. */
    AuditRecord bySelf(AuditAction action, LoginAccount account) {
        return AuditRecord.of(action).actor(ActorType.USER, account.getId()).tenant(account.getTenantId())
                .target("user", account.getId());
    }
}
