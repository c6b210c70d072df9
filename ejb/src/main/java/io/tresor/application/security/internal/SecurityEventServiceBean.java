package io.tresor.application.security.internal;

import io.tresor.application.identity.Roles;
import io.tresor.application.security.SecurityEventService;
import jakarta.annotation.security.RolesAllowed;
import io.tresor.application.shared.TenantData;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class SecurityEventServiceBean implements SecurityEventService {


    @Inject
    TenantData data;

    @Override
    public List<SecurityEventView> recent(int max) {
        TenantData.Condition reach = data.condition("tenant_id");
        try (Connection c = data.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, detected_at, kind, subject, tenant_id, event_count,"
                     + " window_secs, first_seq, last_seq, mailed FROM security_event WHERE " + reach.sql()
                     + " ORDER BY id DESC LIMIT ?")) {
            int i = 1;
            for (String param : reach.params()) {
                ps.setString(i++, param);
            }
            ps.setInt(i, Math.max(1, Math.min(max, 1000)));
            List<SecurityEventView> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new SecurityEventView(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getLong(8),
                            rs.getLong(9), rs.getBoolean(10)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("Security events cannot be read: " + e.getMessage(), e);
        }
    }
}
