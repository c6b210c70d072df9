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

/** login-password.xhtml: the password change the first sign-in forces. */
@Named
@ViewScoped
public class LoginPassword implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignInService signIn;

    @Inject
    PendingSignIn pending;

    private final NewPassword form = new NewPassword();

    public void check() throws IOException {
        if (pending.accountAt(Step.CHANGE_PASSWORD) == null) {
            Pages.backToLogin();
        }
    }

    public void change() throws IOException {
        String account = pending.accountAt(Step.CHANGE_PASSWORD);
        if (account == null) {
            Pages.backToLogin();
            return;
        }
        String newPassword = form.confirmed();
        form.clear();
        if (newPassword == null) {
            Messages.error("password.mismatch");
            return;
        }
        List<String> violations = signIn.changeInitialPassword(account, newPassword);
        if (!violations.isEmpty()) {
            violations.forEach(Messages::error);
            return;
        }
        Messages.info("password.changed");
        pending.proceed(signIn.nextStep(account));
    }

    public NewPassword getForm() {
        return form;
    }
}
