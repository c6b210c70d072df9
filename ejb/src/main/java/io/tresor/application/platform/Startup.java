package io.tresor.application.platform;

import io.tresor.application.shared.StartupState;
import io.tresor.application.shared.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditAction;
import io.tresor.application.audit.AuditRecord;
import io.tresor.application.crypto.CipherService;
import io.tresor.application.crypto.KeyService;
import io.tresor.application.crypto.Sealing;
import io.tresor.application.identity.TokenService;
import io.tresor.domain.crypto.PersonalDataListener;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs once when the application starts: migrates the schema, then lets the first start
 * create the platform admin and, with {@code --demo}, the demo data. Nothing else may touch
 * the database before this has finished, so every other start-up work depends on it.
 */
@Singleton
@jakarta.ejb.Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Resource(lookup = "jdbc/tresor")
    DataSource dataSource;

    @Inject
    FirstStart firstStart;

    @Inject
    Settings settings;

    @Inject
    StartupState state;

    @Inject
    TokenService tokens;

    @Inject
    Sealing sealing;

    @Inject
    CipherService cipher;

    @EJB
    KeyService keys;

    @Inject
    Audit audit;

    @PostConstruct
    void start() {
        try {
            // The master key first: it creates the keystore password that other keystores share.
            sealing.masterKeyVersion();
            PersonalDataListener.install(cipher);
            int applied = Migrations.migrate(dataSource, settings.databaseOwnerUser()
                    .map(user -> new Migrations.Owner(user, settings.databaseOwnerPassword())));
            LOG.info(() -> "Schema migrations applied: " + applied);
            firstStart.ensurePlatform(settings.demo());
            int resumed = keys.resumeRotations();
            if (resumed > 0) {
                LOG.info(() -> "Finished an interrupted key rotation: " + resumed + " keys re-wrapped");
            }
            audit.record(AuditRecord.of(AuditAction.SYSTEM_STARTED).detail("migrations", applied));
            // A key before the first token: resource servers may fetch the JWKS at their own start.
            tokens.ensureSigningKey();
            state.succeeded();
        } catch (RuntimeException | java.sql.SQLException e) {
            LOG.log(Level.SEVERE, "Tresor could not start: " + e.getMessage(), e);
            state.failed(e.getMessage());
        }
    }
}
