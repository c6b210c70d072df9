package io.tresor.web.portal.identity;

import io.tresor.application.identity.SignInService;
import io.tresor.application.identity.SignInService.Step;
import io.tresor.web.portal.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;

/** login-totp.xhtml: the second factor, a TOTP code or one of the recovery codes. */
@Named
@ViewScoped
public class LoginTotp implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignInService signIn;

    @Inject
    PendingSignIn pending;

    private String code;

    public void check() throws IOException {
        if (pending.accountAt(Step.ENTER_TOTP) == null) {
            Pages.backToLogin();
        }
    }

    public void verify() throws IOException {
        String account = pending.accountAt(Step.ENTER_TOTP);
        if (account == null) {
            Pages.backToLogin();
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        SignInService.Attempt attempt = signIn.checkSecondFactor(account, code, request.getRemoteAddr());
        code = null;
        if (!attempt.accepted()) {
            Messages.error(attempt.messageKey(), attempt.retryAfterSeconds());
            return;
        }
        pending.proceed(Step.DONE);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
