package io.tresor.application.platform;

import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditRecord;
import io.tresor.application.crypto.CipherService;
import io.tresor.domain.crypto.BlindIndexed;
import io.tresor.domain.crypto.Personal;
import io.tresor.domain.crypto.PersonalData;
import io.tresor.domain.crypto.Purpose;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Encrypts what user accounts held in plain before the privacy core existed: e-mail address
 * and name of rows without a blind index, and TOTP secrets still in Base32 (a sealed value is
 * far longer than a 32-character secret); then gives names stored before the name index
 * existed their index. Row by row, so an interrupted start resumes where it stopped.
 */
@Dependent
public class PlainPersonalData {

    private static final Logger LOG = Logger.getLogger(PlainPersonalData.class.getName());

    @Inject
    CipherService cipher;

    @Inject
    Audit audit;

    /** The account as the owner of its values: bound exactly as the entities bind them. */
    private record Owner(String id, String tenantId) implements PersonalData {
        @Override
        public String personalTenantId() {
            return tenantId;
        }

        @Override
        public String personalSubjectId() {
            return id;
        }

        @Override
        public String personalRecordType() {
            return "user_account";
        }

        @Override
        public String personalRecordId() {
            return id;
        }
    }

    private record Plain(Owner owner, String first, String second) {
    }

    public int seal(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<Plain> accounts = read(c, "SELECT id, tenant_id, email, display_name FROM user_account"
                    + " WHERE email_index IS NULL");
            try (PreparedStatement ps = c.prepareStatement("UPDATE user_account SET email = ?, display_name = ?,"
                    + " email_index = ? WHERE id = ? AND email_index IS NULL")) {
                for (Plain p : accounts) {
                    ps.setString(1, cipher.seal(p.first(), p.owner(), "email"));
                    ps.setString(2, cipher.seal(p.second(), p.owner(), "displayName"));
                    ps.setString(3, cipher.loginEmailIndex(p.first()));
                    ps.setString(4, p.owner().id());
                    ps.executeUpdate();
                }
            }
            List<Plain> secrets = read(c, "SELECT id, tenant_id, totp_secret, NULL FROM user_account"
                    + " WHERE totp_secret IS NOT NULL AND LENGTH(totp_secret) <= 64");
            try (PreparedStatement ps = c.prepareStatement("UPDATE user_account SET totp_secret = ? WHERE id = ?")) {
                for (Plain p : secrets) {
                    ps.setString(1, cipher.seal(p.first(), p.owner(), "totpSecret"));
                    ps.setString(2, p.owner().id());
                    ps.executeUpdate();
                }
            }
            if (!accounts.isEmpty() || !secrets.isEmpty()) {
                LOG.info(() -> "Encrypted the personal data of " + accounts.size() + " accounts and " + secrets.size()
                        + " TOTP secrets written before encryption");
            }
            return accounts.size() + secrets.size() + indexNames(c);
        }
    }

    /** Names of erased people get this instead of an index, so they are not read again at every start. */
    static final String NO_INDEX = "erased";

    private int indexNames(Connection c) throws SQLException {
        List<Plain> names = read(c, "SELECT id, tenant_id, display_name, NULL FROM user_account"
                + " WHERE display_name_index IS NULL");
        try (PreparedStatement ps = c.prepareStatement("UPDATE user_account SET display_name_index = ? WHERE id = ?")) {
            for (Plain p : names) {
                String name = cipher.open(p.first(), p.owner(), "displayName", Purpose.INDEXING);
                ps.setString(1, Personal.ERASED.equals(name) ? NO_INDEX
                        : cipher.blindIndex(name, p.owner().tenantId(), BlindIndexed.Scope.TENANT, "displayName"));
                ps.setString(2, p.owner().id());
                ps.executeUpdate();
            }
        }
        if (!names.isEmpty()) {
            LOG.info(() -> "Indexed the names of " + names.size() + " accounts for exact search");
            audit.record(AuditRecord.of("personal-data.indexed").target("field", "user_account.displayName")
                    .purpose(Purpose.INDEXING).detail("records", names.size()));
        }
        return names.size();
    }

    private static List<Plain> read(Connection c, String sql) throws SQLException {
        List<Plain> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Plain(new Owner(rs.getString(1), rs.getString(2)), rs.getString(3), rs.getString(4)));
            }
        }
        return rows;
    }
}
