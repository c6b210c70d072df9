package io.tresor.application.platform;

import io.tresor.application.crypto.CipherService;
import io.tresor.domain.crypto.PersonalData;
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
 * Encrypts user accounts written before personal data was encrypted (schema version 1): the
 * rows without a blind index. Row by row, so an interrupted start resumes where it stopped.
 */
@Dependent
public class PlainPersonalData {

    private static final Logger LOG = Logger.getLogger(PlainPersonalData.class.getName());

    @Inject
    CipherService cipher;

    private record Row(String id, String tenantId, String email, String name) implements PersonalData {
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

    int seal(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, tenant_id, email, display_name FROM user_account WHERE email_index IS NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE user_account SET email = ?, display_name = ?, email_index = ? WHERE id = ? AND email_index IS NULL")) {
                for (Row row : rows) {
                    ps.setString(1, cipher.seal(row.email(), row, "email"));
                    ps.setString(2, cipher.seal(row.name(), row, "displayName"));
                    ps.setString(3, cipher.loginEmailIndex(row.email()));
                    ps.setString(4, row.id());
                    ps.executeUpdate();
                }
            }
            if (!rows.isEmpty()) {
                LOG.info(() -> "Encrypted the personal data of " + rows.size() + " accounts written before encryption");
            }
            return rows.size();
        }
    }
}
