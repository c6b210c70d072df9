package io.tresor.application.identity;

import io.tresor.application.shared.Secrets;
import io.tresor.application.mail.Mailer;
import io.tresor.application.shared.Settings;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** Invitation mails: a one-time link, in German and English because the invitee's language is not known yet. */
@Dependent
public class Invitations {

    @Inject
    Mailer mailer;

    @Inject
    Settings settings;

    /** Sends the invitation and returns the hash to store; the token itself exists only in the mail. */
    public String send(String email, String displayName, String tenantName) {
        String token = Secrets.newSecret();
        String link = settings.publicUrl() + "/invitation.xhtml?token=" + token;
        String body = """
                Guten Tag %1$s,

                Sie wurden zu Tresor eingeladen (%2$s). Legen Sie Ihr Passwort über diesen Link fest;
                er ist drei Tage gültig und funktioniert nur einmal:

                %3$s

                ---

                Hello %1$s,

                you have been invited to Tresor (%2$s). Set your password with this link; it is valid
                for three days and works only once:

                %3$s
                """.formatted(displayName, tenantName, link);
        mailer.send(email, "Einladung zu Tresor / Invitation to Tresor", body);
        return Secrets.hash(token);
    }
}
