package io.tresor.systemtest.services;

import io.tresor.application.audit.internal.AuditPipeline;
import io.tresor.application.audit.internal.AuditStore;
import io.tresor.application.audit.internal.PendingEvent;
import io.tresor.application.crypto.CipherService;
import io.tresor.application.shared.SystemJob;
import io.tresor.application.shared.SystemReach;
import io.tresor.application.shared.TenantData;
import io.tresor.domain.crypto.BlindIndexed;
import io.tresor.domain.crypto.Purpose;
import io.tresor.domain.identity.LoginAccount;
import io.tresor.domain.identity.Role;
import io.tresor.domain.shared.Tenancy;
import io.tresor.domain.tenant.Tenant;
import io.tresor.domain.tenant.TenantKind;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Deployed with the tests only: creates and reads people through the entities exactly as the
 * services do, and reaches into the database the way an attacker with SQL access would.
 * Fixtures across tenants, so they run under the reach of the first start, which sets up demo data.
 */
@Stateless
@SystemReach(SystemJob.FIRST_START)
public class PrivacyProbe {

    /** Tenants. */
    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager em;

    @Inject
    TenantData data;


    @EJB
    AuditPipeline pipeline;

    @Inject
    CipherService cipher;

    public String createPerson(String tenantId, String email, String name) {
        LoginAccount account = new LoginAccount(tenantId, email, name, EnumSet.of(Role.CUSTOMER_USER), "not-a-hash",
                Instant.now());
        data.persist(account);
        return account.getId();
    }

    /** A customer tenant of its own, for tests that destroy a whole tenant's keys. */
    public String createTenant(String name) {
        Tenant tenant = new Tenant(name, TenantKind.CUSTOMER, Instant.now());
        em.persist(tenant);
        em.flush();
        return tenant.getId();
    }

    public String email(String accountId, Purpose purpose) {
        return account(accountId).getEmail().reveal(purpose);
    }

    public String name(String accountId) {
        return account(accountId).getDisplayName().reveal(Purpose.SUPPORT);
    }

    public String tenantOf(String accountId) {
        return account(accountId).getTenantId();
    }

    /** The account that signs in with this address. */
    public LoginAccount accountByEmail(String email) {
        return data.namedQuery("LoginAccount.byEmailIndex", LoginAccount.class)
                .setParameter("index", cipher.loginEmailIndex(email)).getSingleResult();
    }

    private LoginAccount account(String accountId) {
        return data.find(LoginAccount.class, accountId).orElseThrow();
    }

    public String storedEmail(String accountId) throws SQLException {
        return stored("email", accountId);
    }

    /** A column of an account's row as the database holds it. */
    private String stored(String column, String accountId) throws SQLException {
        try (Connection c = data.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM user_account WHERE id = ?")) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** Moves one person's encrypted e-mail address into another person's row, directly in SQL. */
    public void copyStoredEmail(String fromId, String toId) throws SQLException {
        restoreStoredEmail(toId, storedEmail(fromId));
    }

    public void restoreStoredEmail(String id, String value) throws SQLException {
        try (Connection c = data.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE user_account SET email = ? WHERE id = ?")) {
            ps.setString(1, value);
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    /** The ids of a tenant's people found by the blind index of a name, as the user search looks them up. */
    public List<String> findByName(String tenantId, String name) {
        return data.query("SELECT a.id FROM LoginAccount a WHERE a.tenantId = :tenant"
                        + " AND a.displayNameIndex = :index", String.class)
                .setParameter("tenant", tenantId)
                .setParameter("index", cipher.blindIndex(name, tenantId, BlindIndexed.Scope.TENANT, "displayName"))
                .getResultList();
    }

    public String storedNameIndex(String accountId) throws SQLException {
        return stored("display_name_index", accountId);
    }

    /** The pseudonym the audit trail stores for a source address. */
    public String sourcePseudonym(String address) {
        return cipher.blindIndex(address, null, BlindIndexed.Scope.INSTALLATION, "source-address");
    }

    /**
     * Reads of personal data by a person, one every {@code spacing} from {@code from}, written
     * straight into the trail as the audit would have written them: the only way to give a test
     * a history of yesterday.
     */
    public void recordReads(String actorId, Instant from, Duration spacing, int count) throws SQLException {
        List<PendingEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(new PendingEvent(from.plus(spacing.multipliedBy(i)), "USER", actorId, null, "personal-data.read", "user_account",
                    "someone-" + i, "SUPPORT", "SUCCESS", null, null, "{\"fields\":\"displayName\"}"));
        }
        try (Connection c = data.dataSource().getConnection()) {
            AuditStore.insert(c, events);
        }
    }

    /** Whether the embedded H2 database holds the data (else PostgreSQL). */
    public boolean embedded() throws SQLException {
        try (Connection c = data.dataSource().getConnection()) {
            return c.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
        }
    }

    /** The whole database as H2's SCRIPT command writes it (what a backup holds). */
    public String scriptDump() throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = data.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SCRIPT")) {
            while (rs.next()) {
                out.append(rs.getString(1)).append('\n');
            }
        }
        return out.toString();
    }

    /** Chained audit events of an action about a target, after everything waiting has been chained. */
    public long auditEvents(String action, String targetId, String detailsContaining) throws SQLException {
        pipeline.drain();
        try (Connection c = data.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE action = ?"
                     + " AND target_id = ? AND details LIKE ? AND chain_seq IS NOT NULL")) {
            ps.setString(1, action);
            ps.setString(2, targetId);
            ps.setString(3, "%" + detailsContaining + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Security events of a kind about a subject, after the watch has seen everything chained so far. */
    public long securityEvents(String kind, String subject) throws SQLException {
        pipeline.drain();
        try (Connection c = data.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM security_event WHERE kind = ? AND subject = ?")) {
            ps.setString(1, kind);
            ps.setString(2, subject);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
