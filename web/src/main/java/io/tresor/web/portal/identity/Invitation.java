package io.tresor.web.portal.identity;

import io.tresor.application.identity.AccountException;
import io.tresor.application.identity.InvitationService;
import io.tresor.web.portal.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** invitation.xhtml: the link from an invitation mail; the invited person sets their first password. */
@Named
@ViewScoped
public class Invitation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvitationService invitations;

    private String token;
    private String invitee;
    private final NewPassword form = new NewPassword();

    public void load() {
        invitee = invitations.invitee(token).orElse(null);
    }

    public void accept() throws IOException {
        String password = form.confirmed();
        form.clear();
        if (password == null) {
            Messages.error("password.mismatch");
            return;
        }
        try {
            List<String> violations = invitations.accept(token, password);
            if (!violations.isEmpty()) {
                violations.forEach(Messages::error);
                return;
            }
        } catch (AccountException e) {
            Messages.refused(e);
            return;
        }
        Messages.info("invitation.accepted");
        Messages.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getInvitee() {
        return invitee;
    }

    public NewPassword getForm() {
        return form;
    }
}
