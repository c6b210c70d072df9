package io.tresor.web.portal.identity;

import io.tresor.application.identity.SignInService;
import io.tresor.application.identity.SignInService.Step;
import io.tresor.web.portal.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** login-enrol.xhtml: the TOTP enrolment that roles with mandatory MFA must finish before signing in. */
@Named
@ViewScoped
public class LoginEnrol implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignInService signIn;

    @Inject
    PendingSignIn pending;

    private SignInService.Enrolment enrolment;
    private String code;
    private List<String> recoveryCodes = List.of();

    public void start() throws IOException {
        String account = pending.accountAt(Step.ENROL_TOTP);
        if (account == null) {
            Pages.backToLogin();
            return;
        }
        if (enrolment == null) {
            enrolment = signIn.beginEnrolment(account);
        }
    }

    public void confirm() throws IOException {
        String account = pending.accountAt(Step.ENROL_TOTP);
        if (account == null) {
            Pages.backToLogin();
            return;
        }
        List<String> codes = signIn.confirmEnrolment(account, code);
        code = null;
        if (codes.isEmpty()) {
            Messages.error("totp.codeWrong");
            return;
        }
        recoveryCodes = codes;
    }

    /** The person has seen (and hopefully stored) the recovery codes; the enrolment code already proved the factor. */
    public void proceed() throws IOException {
        if (pending.accountAt(Step.ENROL_TOTP) == null || recoveryCodes.isEmpty()) {
            Pages.backToLogin();
            return;
        }
        recoveryCodes = List.of();
        pending.proceed(Step.DONE);
    }

    public SignInService.Enrolment getEnrolment() {
        return enrolment;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public boolean isConfirmed() {
        return !recoveryCodes.isEmpty();
    }
}
