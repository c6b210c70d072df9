package io.tresor.web.portal.identity;

import io.tresor.application.identity.SignInService;
import io.tresor.application.identity.SignInService.Step;
import io.tresor.web.portal.Language;
import io.tresor.web.portal.Messages;
import io.tresor.web.security.SessionIdentity;
import io.tresor.web.security.SignedIn;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A sign-in between the password and the end: which account passed the password check and
 * which step comes next. The steps' pages only work while a sign-in is pending here, and a
 * pending sign-in expires after ten minutes.
 */
@SessionScoped
public class PendingSignIn implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Duration VALIDITY = Duration.ofMinutes(10);

    @Inject
    SignInService signIn;

    @Inject
    SecurityContext securityContext;

    @Inject
    Language language;

    private String accountId;
    private Step step;
    private Instant startedAt;

    void start(String account, Step next) {
        accountId = account;
        step = next;
        startedAt = Instant.now();
    }

    /** The account if a sign-in is pending at this step; otherwise the page sends the person back to the login. */
    String accountAt(Step expected) {
        boolean valid = accountId != null && step == expected && startedAt.plus(VALIDITY).isAfter(Instant.now());
        return valid ? accountId : null;
    }

    void clear() {
        accountId = null;
        step = null;
        startedAt = null;
    }

    /** Goes to the page of the next step, or finishes the sign-in when none is left. */
    void proceed(Step next) throws IOException {
        step = next;
        Messages.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String page = switch (next) {
            case CHANGE_PASSWORD -> "/login-password.xhtml";
            case ENROL_TOTP -> "/login-enrol.xhtml";
            case ENTER_TOTP -> "/login-totp.xhtml";
            case DONE -> null;
        };
        if (page != null) {
            external.redirect(external.getRequestContextPath() + page);
            return;
        }
        finish();
    }

    private void finish() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        SignInService.Account account = signIn.complete(accountId);
        clear();
        SessionIdentity identity = new SessionIdentity(account.accountId(), account.tenantId(), account.displayName(),
                account.roles(), Instant.now());
        AuthenticationStatus status = securityContext.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new SignedIn(identity)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("The container refused a completed sign-in: " + status);
        }
        language.use(account.locale());
        external.getSessionMap().put(SignedInPerson.ATTRIBUTE, new SignedInPerson(account.displayName(), account.tenantName()));
        external.redirect(external.getRequestContextPath() + "/portal/dashboard.xhtml");
        context.responseComplete();
    }
}
