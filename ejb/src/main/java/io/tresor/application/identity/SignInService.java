package io.tresor.application.identity;

import java.util.List;
import java.util.Set;

/**
 * Portal sign-in, step by step: password, then (as the account requires) a new password,
 * TOTP enrolment, the TOTP or recovery code, and finally the signed-in identity. Public by
 * design, because the caller is not yet authenticated; the web layer keeps the steps in order.
 */
public interface SignInService {

    /** What the person has to do next. */
    enum Step { CHANGE_PASSWORD, ENROL_TOTP, ENTER_TOTP, DONE }

    /**
     * The outcome of one check. {@code messageKey} names a resource-bundle text for a refusal;
     * {@code retryAfterSeconds} is set when attempts are throttled.
     */
    record Attempt(boolean accepted, String accountId, Step next, String messageKey, long retryAfterSeconds) {

        public static Attempt refused(String messageKey, long retryAfterSeconds) {
            return new Attempt(false, null, null, messageKey, retryAfterSeconds);
        }
    }

    /** A TOTP secret offered for enrolment, as text and as a QR code (PNG data URI). */
    record Enrolment(String secret, String otpauthUri, String qrDataUri) {
    }

    /** The signed-in person: what the session keeps. */
    record Account(String accountId, String tenantId, String tenantName, String displayName, Set<String> roles,
                   String locale) {
    }

    Attempt checkPassword(String email, String password, String sourceAddress);

    /** Sets the password the first sign-in forces; returns the policy's message keys, empty when accepted. */
    List<String> changeInitialPassword(String accountId, String newPassword);

    Step nextStep(String accountId);

    Enrolment beginEnrolment(String accountId);

    /** Confirms enrolment with a first code; returns the ten recovery codes, or empty if the code was wrong. */
    List<String> confirmEnrolment(String accountId, String code);

    /** Checks a TOTP code or a recovery code (each works once). */
    Attempt checkSecondFactor(String accountId, String code, String sourceAddress);

    Account complete(String accountId);

    /** False once the account or its tenant is disabled: its sessions end at their next request. */
    boolean stillAllowed(String accountId);
}
