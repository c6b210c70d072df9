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

    private final TotpSetup totp = new TotpSetup();

    public void start() throws IOException {
        String account = pending.accountAt(Step.ENROL_TOTP);
        if (account == null) {
            Pages.backToLogin();
            return;
        }
        if (totp.getEnrolment() == null) {
            totp.offer(signIn.beginEnrolment(account));
        }
    }

    public void confirm() throws IOException {
        String account = pending.accountAt(Step.ENROL_TOTP);
        if (account == null) {
            Pages.backToLogin();
            return;
        }
        List<String> codes = signIn.confirmEnrolment(account, totp.takeCode());
        if (codes.isEmpty()) {
            Messages.error("totp.codeWrong");
            return;
        }
        totp.showRecoveryCodes(codes);
    }

    /** The person has seen (and hopefully stored) the recovery codes; the enrolment code already proved the factor. */
    public void proceed() throws IOException {
        if (pending.accountAt(Step.ENROL_TOTP) == null || !totp.isConfirmed()) {
            Pages.backToLogin();
            return;
        }
        totp.clear();
        pending.proceed(Step.DONE);
    }

    public TotpSetup getTotp() {
        return totp;
    }
}
