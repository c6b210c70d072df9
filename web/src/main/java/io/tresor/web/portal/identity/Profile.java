package io.tresor.web.portal.identity;

import io.tresor.application.identity.ProfileService;
import io.tresor.web.portal.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** portal/profile.xhtml: own password, second factor and recovery codes. */
@Named
@ViewScoped
public class Profile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProfileService profiles;

    private ProfileService.Profile profile;
    private String currentPassword;
    private final NewPassword form = new NewPassword();
    private final TotpSetup totp = new TotpSetup();

    @PostConstruct
    void load() {
        profile = profiles.profile();
    }

    public void changePassword() {
        String newPassword = form.confirmed();
        form.clear();
        String current = currentPassword;
        currentPassword = null;
        if (newPassword == null) {
            Messages.error("password.mismatch");
            return;
        }
        List<String> violations = profiles.changePassword(current, newPassword);
        if (violations.isEmpty()) {
            Messages.info("password.changed");
        } else {
            violations.forEach(Messages::error);
        }
    }

    public void beginEnrolment() {
        totp.offer(profiles.beginEnrolment());
    }

    public void confirmEnrolment() {
        List<String> codes = profiles.confirmEnrolment(totp.takeCode());
        if (codes.isEmpty()) {
            Messages.error("totp.codeWrong");
            return;
        }
        totp.clear();
        totp.showRecoveryCodes(codes);
        Messages.info("totp.enabled");
        load();
    }

    public void regenerateRecoveryCodes() {
        totp.clear();
        totp.showRecoveryCodes(profiles.regenerateRecoveryCodes());
        Messages.info("recovery.regenerated");
        load();
    }

    public void disableTotp() {
        profiles.disableTotp();
        totp.clear();
        Messages.info("totp.disabled");
        load();
    }

    public ProfileService.Profile getProfile() {
        return profile;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }





    public NewPassword getForm() {
        return form;
    }

    public TotpSetup getTotp() {
        return totp;
    }
}
