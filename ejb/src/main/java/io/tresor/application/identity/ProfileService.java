package io.tresor.application.identity;

import java.time.Instant;
import java.util.List;

/** A signed-in person's own account: password, second factor, recovery codes, language. */
public interface ProfileService {

    /** What the profile page shows. */
    record Profile(String email, String displayName, String tenantName, List<String> roles, boolean totpEnabled,
                   boolean totpMandatory, int recoveryCodesLeft, Instant lastLoginAt) {
    }

    Profile profile();

    /** Returns message keys; empty when the password was changed. */
    List<String> changePassword(String currentPassword, String newPassword);

    SignInService.Enrolment beginEnrolment();

    List<String> confirmEnrolment(String code);

    List<String> regenerateRecoveryCodes();

    /** Only for people whose roles do not make TOTP mandatory. */
    void disableTotp();

    void changeLocale(String locale);
}
