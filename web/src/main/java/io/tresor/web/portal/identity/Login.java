package io.tresor.web.portal.identity;

import io.tresor.application.identity.SignInService;
import io.tresor.web.portal.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;

/** login.xhtml: e-mail and password, the first step of every sign-in. */
@Named
@ViewScoped
public class Login implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignInService signIn;

    @Inject
    PendingSignIn pending;

    private String email;
    private String password;

    public void signIn() throws IOException {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        SignInService.Attempt attempt = signIn.checkPassword(email, password, request.getRemoteAddr());
        password = null;
        if (!attempt.accepted()) {
            Messages.error(attempt.messageKey(), attempt.retryAfterSeconds());
            return;
        }
        pending.start(attempt.accountId(), attempt.next());
        pending.proceed(attempt.next());
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
