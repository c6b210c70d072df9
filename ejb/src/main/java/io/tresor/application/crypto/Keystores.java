package io.tresor.application.crypto;

import io.tresor.application.crypto.internal.MasterKey;
import io.tresor.application.shared.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The keystores under {@code TRESOR_HOME/keys}, all protected by the master keystore's secret
 * (the PIN with PKCS#11), so that one secret opens them and only this capability holds it.
 */
@ApplicationScoped
public class Keystores {

    @Inject
    MasterKey masterKey;

    @Inject
    Settings settings;

    /** The keystore file of this name under {@code TRESOR_HOME/keys}, which need not exist yet. */
    public Keystore open(String fileName) {
        char[] password = masterKey.keystorePassword();
        try {
            return Keystore.file(settings.home().resolve("keys").resolve(fileName), password);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }
}
