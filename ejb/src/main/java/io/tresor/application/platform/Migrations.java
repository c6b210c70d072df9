package io.tresor.application.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the schema to the current version with the one set of Flyway migrations for H2 and PostgreSQL. */
final class Migrations {

    private Migrations() {
    }

    static int migrate(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
