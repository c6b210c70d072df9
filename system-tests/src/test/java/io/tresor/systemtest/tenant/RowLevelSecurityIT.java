package io.tresor.systemtest.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tresor.systemtest.support.Api;
import io.tresor.systemtest.support.Database;
import io.tresor.systemtest.support.TresorServer;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The second line of tenant isolation, seen from the application's own database role as a
 * careless statement would see it: PostgreSQL's row-level security answers from the reach set
 * for the transaction, whatever the statement asks for. PostgreSQL only; H2 has no row-level
 * security, there the data layer alone holds.
 */
class RowLevelSecurityIT {

    /** Every table that belongs to a tenant. */
    private static final List<String> TENANT_OWNED = List.of("user_account", "integrator_client", "site", "asset",
            "asset_ownership", "device", "device_certificate", "tenant_key", "data_key", "audit_event", "security_event");

    private String muster;
    private String pharma;

    @BeforeEach
    void runningOnPostgresAsARoleOfItsOwn() {
        assumeTrue(Database.postgresUrl().isPresent(), "PostgreSQL only: H2 has no row-level security");
        assumeTrue(!Database.owner().equals(Database.user()), "the application connects as a role that owns nothing");
        TresorServer server = TresorServer.get();
        Api api = server.api();
        String token = api.token(server.credential("demo.manufacturer.integrator.client_id"),
                server.credential("demo.manufacturer.integrator.client_secret"));
        List<JsonObject> tenants = Api.json(api.get("/api/v1/tenants", token)).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        muster = id(tenants, "Muster Vakuumtechnik GmbH");
        pharma = id(tenants, "Beispiel Pharma AG");
    }

    private static String id(List<JsonObject> tenants, String name) {
        return tenants.stream().filter(t -> name.equals(t.getString("name"))).findFirst().orElseThrow().getString("id");
    }

    @Test
    void withoutAReachTheApplicationsRoleReadsNoTenantOwnedRowAtAll() throws SQLException {
        try (Connection c = Database.connect()) {
            for (String table : TENANT_OWNED) {
                assertEquals(0, count(c, "SELECT COUNT(*) FROM " + table), table);
            }
        }
    }

    @Test
    void withAnotherTenantsReachNothingOfTheTenantIsReadNorWritten() throws SQLException {
        try (Connection c = Database.connect()) {
            c.setAutoCommit(false);
            reach(c, pharma);
            assertTrue(count(c, "SELECT COUNT(*) FROM asset") >= 20, "the reach's own rows are there");
            for (String table : List.of("user_account", "site", "asset", "asset_ownership", "device")) {
                assertEquals(0, count(c, "SELECT COUNT(*) FROM " + table + " WHERE tenant_id = '" + muster + "'"), table);
            }
            assertEquals(List.of(pharma), strings(c, "SELECT DISTINCT tenant_id FROM asset"));
            SQLException refused = assertThrows(SQLException.class, () -> execute(c, "INSERT INTO site (id, tenant_id, name,"
                    + " contact_subject_id, created_at, version) VALUES ('" + UUID.randomUUID() + "', '" + muster
                    + "', 'Smuggled', '" + UUID.randomUUID() + "', now(), 1)"));
            assertTrue(refused.getMessage().contains("row-level security"), refused.getMessage());
            c.rollback();
            assertEquals(0, count(c, "SELECT COUNT(*) FROM asset"), "the reach ended with its transaction");
        }
    }

    @Test
    void theApplicationsRoleOwnsNoTableBypassesNoPolicyAndMayNotDeleteTheAuditTrail() throws SQLException {
        try (Connection c = Database.connect()) {
            List<String> attributes = strings(c, "SELECT rolsuper || ',' || rolbypassrls FROM pg_roles WHERE rolname = current_user");
            assertEquals(List.of("false,false"), attributes);
            for (String table : TENANT_OWNED) {
                assertNotEquals(Database.user(), strings(c, "SELECT tableowner FROM pg_tables WHERE tablename = '" + table
                        + "' AND schemaname = current_schema()").get(0), table);
                assertEquals(List.of("true,true"), strings(c, "SELECT relrowsecurity || ',' || relforcerowsecurity FROM pg_class"
                        + " WHERE relname = '" + table + "' AND relnamespace = current_schema()::regnamespace"), table);
            }
            c.setAutoCommit(false);
            reach(c, "*");
            SQLException refused = assertThrows(SQLException.class, () -> execute(c, "DELETE FROM audit_event WHERE chain_seq = 1"));
            assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
            c.rollback();
        }
    }

    private static void reach(Connection c, String reach) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT set_config('tresor.reach', ?, true)")) {
            ps.setString(1, reach);
            ps.execute();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.execute();
        }
    }
}
