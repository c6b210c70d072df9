package io.tresor.application.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import io.tresor.application.identity.internal.SigningKeys;
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
    SigningKeys signingKeys;

    @PostConstruct
    void start() {
        try {
            int applied = Migrations.migrate(dataSource);
            LOG.info(() -> "Schema migrations applied: " + applied);
            firstStart.ensurePlatform(settings.demo());
            // A key before the first token: resource servers may fetch the JWKS at their own start.
            signingKeys.current();
            state.succeeded();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Tresor could not start: " + e.getMessage(), e);
            state.failed(e.getMessage());
        }
    }
}
