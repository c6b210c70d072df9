package io.tresor.application.audit.internal;

import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditAction;
import io.tresor.application.audit.AuditRecord;
import io.tresor.application.audit.AuditService;
import io.tresor.application.identity.Roles;
import io.tresor.application.shared.TenantData;
import io.tresor.application.shared.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the trail through JDBC within the caller's reach (the data layer's condition on the
 * tenant column; on PostgreSQL row-level security besides): a customer's admin and clients see
 * their own tenant's events, the manufacturer's side every event. Verification walks the whole
 * chain under its own system reach and reveals only the verdict.
 */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.CUSTOMER_ADMIN, Roles.INTEGRATOR})
public class AuditServiceBean implements AuditService {

    private static final String SELECT = "SELECT chain_seq, prev_hash, hash, " + AuditStore.COLUMNS + " FROM audit_event";


    @Inject
    TenantData data;

    @Inject
    CheckpointSigner signer;

    @Inject
    Audit audit;

    @EJB
    AuditPipeline pipeline;

    @EJB
    VerificationWalks walks;

    /** The verification reads rows on a managed thread while this one hashes. */
    @Resource
    ManagedExecutorService executor;

    @Override
    public List<EventView> search(Filter filter, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(page.limit());
        params.add(page.offset());
        try (Connection c = data.dataSource().getConnection();
             PreparedStatement ps = prepare(c, SELECT + where + " ORDER BY chain_seq DESC LIMIT ? OFFSET ?", params);
             ResultSet rs = ps.executeQuery()) {
            List<EventView> events = new ArrayList<>();
            while (rs.next()) {
                events.add(AuditStore.view(rs));
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public long count(Filter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        try (Connection c = data.dataSource().getConnection();
             PreparedStatement ps = prepare(c, "SELECT COUNT(*) FROM audit_event" + where, params);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail cannot be read: " + e.getMessage(), e);
        }
    }

    private String where(Filter f, List<Object> params) {
        TenantData.Condition reach = data.condition("tenant_id");
        StringBuilder w = new StringBuilder(" WHERE chain_seq IS NOT NULL AND ").append(reach.sql());
        params.addAll(reach.params());
        String tenant = blankToNull(f.tenantId());
        if (tenant != null) {
            w.append(" AND tenant_id = ?");
            params.add(tenant);
        }
        if (f.from() != null) {
            w.append(" AND occurred_at >= ?");
            params.add(OffsetDateTime.ofInstant(f.from(), ZoneOffset.UTC));
        }
        if (f.to() != null) {
            w.append(" AND occurred_at < ?");
            params.add(OffsetDateTime.ofInstant(f.to(), ZoneOffset.UTC));
        }
        if (blankToNull(f.actor()) != null) {
            w.append(" AND actor_id = ?");
            params.add(f.actor().strip());
        }
        if (blankToNull(f.action()) != null) {
            w.append(" AND action LIKE ? ESCAPE '!'");
            params.add(f.action().strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (blankToNull(f.target()) != null) {
            w.append(" AND (target_id = ? OR target_type = ?)");
            params.add(f.target().strip());
            params.add(f.target().strip());
        }
        return w.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }

    @Override
    public Optional<EventView> event(long seq) {
        List<Object> params = new ArrayList<>();
        String where = where(Filter.any(), params) + " AND chain_seq = ?";
        params.add(seq);
        try (Connection c = data.dataSource().getConnection();
             PreparedStatement ps = prepare(c, SELECT + where, params);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(AuditStore.view(rs)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Verification verify() {
        // Everything committed so far is chained first, so the verification covers it.
        pipeline.drain();
        try {
            // One walker per core: on PostgreSQL each has its own database process reading beside it.
            AuditVerifier.Result r = AuditVerifier.verify(walks::run, signer::publicKey, executor,
                    Runtime.getRuntime().availableProcessors());
            AuditRecord event = AuditRecord.of(AuditAction.AUDIT_VERIFIED).detail("events", r.eventsChecked())
                    .detail("checkpoints", r.checkpointsChecked());
            audit.record(r.intact() ? event : event.failed("broken-at-" + r.firstBroken()));
            return new Verification(r.intact(), r.eventsChecked(), r.checkpointsChecked(), r.firstBroken(), r.problem(),
                    r.millis(), Instant.now());
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public long export(Instant from, Instant to, OutputStream out) throws IOException {
        pipeline.drain();
        List<Object> params = new ArrayList<>();
        String where = where(new Filter(from, to, null, null, null, null), params);
        long count = 0;
        long first = Long.MAX_VALUE;
        long last = 0;
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (Connection c = data.dataSource().getConnection();
             PreparedStatement ps = prepare(c, SELECT + where + " ORDER BY chain_seq", params)) {
            ps.setFetchSize(5_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    EventView e = AuditStore.view(rs);
                    line(writer, e);
                    first = Math.min(first, e.seq());
                    last = e.seq();
                    count++;
                }
            }
            checkpoints(c, writer, first, last);
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail cannot be read: " + e.getMessage(), e);
        }
        jsonLine(writer, g -> g.writeStartObject().write("type", "key").write("keyId", signer.keyId())
                .write("algorithm", "SHA256withECDSA").write("publicKeyPem", signer.publicKeyPem()).writeEnd());
        writer.flush();
        audit.record(AuditRecord.of(AuditAction.AUDIT_EXPORTED).detail("from", from).detail("to", to).detail("events", count));
        return count;
    }

    /** One JSON object per line; a generator per line, because JSON Lines is not one JSON document. */
    private static void jsonLine(Writer writer, java.util.function.Consumer<JsonGenerator> content) throws IOException {
        java.io.StringWriter s = new java.io.StringWriter();
        try (JsonGenerator g = Json.createGenerator(s)) {
            content.accept(g);
        }
        writer.write(s + "\n");
    }

    private static void line(Writer writer, EventView e) throws IOException {
        writer.write(SiemLines.json(e) + "\n");
    }

    private static void checkpoints(Connection c, Writer writer, long first, long last) throws SQLException, IOException {
        try (PreparedStatement ps = c.prepareStatement("SELECT chain_seq, hash, key_id, signature FROM audit_checkpoint"
                + " WHERE chain_seq >= ? AND chain_seq <= ? ORDER BY chain_seq")) {
            ps.setLong(1, first);
            ps.setLong(2, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    String hash = rs.getString(2);
                    String keyId = rs.getString(3);
                    String signature = rs.getString(4);
                    jsonLine(writer, g -> g.writeStartObject().write("type", "checkpoint").write("seq", seq)
                            .write("hash", hash).write("keyId", keyId).write("signature", signature).writeEnd());
                }
            }
        }
    }
}
