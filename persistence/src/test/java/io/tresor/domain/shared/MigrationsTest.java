package io.tresor.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations run on the H2 release Payara bundles; PostgreSQL is covered by the system tests in CI. */
class MigrationsTest {

    @Test
    void migrationsCreateTheSchemaAndAreIdempotent() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:db/vendor/h2").failOnMissingLocations(true).load();
        assertTrue(flyway.migrate().migrationsExecuted >= 1);
        assertEquals(0, flyway.migrate().migrationsExecuted, "a second start applies nothing");
        try (Connection c = ds.getConnection();
             ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", "USER_ACCOUNT", null)) {
            assertTrue(tables.next());
        }
    }

    @Test
    void instantsSurviveTheRoundTripInUtc() {
        InstantConverter converter = new InstantConverter();
        java.time.Instant now = java.time.Instant.parse("2026-11-22T10:15:30.123456Z");
        assertEquals(now, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(now)));
    }
}
