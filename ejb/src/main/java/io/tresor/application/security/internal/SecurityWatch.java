package io.tresor.application.security.internal;

import io.tresor.application.audit.ActorType;
import io.tresor.application.shared.TenantData;
import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditRecord;
import io.tresor.application.audit.AuditService.EventView;
import io.tresor.application.audit.ChainSubscriber;
import io.tresor.application.mail.Mailer;
import io.tresor.application.shared.Settings;
import io.tresor.application.shared.SystemJob;
import io.tresor.application.shared.SystemReach;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Follows the audit chain and raises a security event when, within {@link #WINDOW}, an account
 * collects 5 failed sign-ins, a source address 20, an integrator client 10 refused token
 * requests, or a person reads personal data at least 50 times and ten times their usual rate
 * (the previous day's average per window). Counting in the database keeps it right across
 * restarts and cluster members; one event per kind and subject per window, not one per attempt.
 * It counts across tenants, so each delivery is a transaction of its own under the system reach
 * of the watch.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@SystemReach(SystemJob.SECURITY_WATCH)
public class SecurityWatch implements ChainSubscriber {

    private static final Logger LOG = Logger.getLogger(SecurityWatch.class.getName());
    static final Duration WINDOW = Duration.ofMinutes(15);

    /** What is counted, about whom, from how many on. */
    enum Rule {
        SIGN_IN_FAILURES_ACCOUNT("action = 'sign-in' AND outcome <> 'SUCCESS' AND target_id = ?", 5,
                e -> "sign-in".equals(e.action()) && !"SUCCESS".equals(e.outcome()) ? Optional.ofNullable(e.targetId())
                        : Optional.empty()),
        SIGN_IN_FAILURES_SOURCE("action = 'sign-in' AND outcome <> 'SUCCESS' AND source = ?", 20,
                e -> "sign-in".equals(e.action()) && !"SUCCESS".equals(e.outcome()) ? Optional.ofNullable(e.source())
                        : Optional.empty()),
        TOKEN_ABUSE("action = 'token.issued' AND outcome <> 'SUCCESS' AND target_id = ?", 10,
                e -> "token.issued".equals(e.action()) && !"SUCCESS".equals(e.outcome())
                        ? Optional.ofNullable(e.targetId()) : Optional.empty()),
        DECRYPTION_SPIKE("action = 'personal-data.read' AND actor_id = ?", 50,
                e -> "personal-data.read".equals(e.action()) ? Optional.ofNullable(e.actorId()) : Optional.empty());

        final String criterion;
        final int threshold;
        final Function<EventView, Optional<String>> subject;

        Rule(String criterion, int threshold, Function<EventView, Optional<String>> subject) {
            this.criterion = criterion;
            this.threshold = threshold;
            this.subject = subject;
        }

        String kind() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private record Candidate(Rule rule, String subject, EventView last) {
    }

    private record Count(long events, long firstSeq, long lastSeq) {
    }

    /** The application's data source with the transaction's reach on every connection (row-level security). */
    @Inject
    TenantData data;

    @Inject
    Settings settings;

    @Inject
    Mailer mailer;

    @Inject
    Audit audit;

    @Override
    public String name() {
        return "security-watch";
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public boolean startsAtHead() {
        return true;
    }

    @Override
    public void deliver(List<EventView> events) throws SQLException {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (EventView e : events) {
            for (Rule rule : Rule.values()) {
                rule.subject.apply(e).ifPresent(s -> candidates.put(rule + "|" + s, new Candidate(rule, s, e)));
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        try (Connection c = data.dataSource().getConnection()) {
            for (Candidate candidate : candidates.values()) {
                check(c, candidate);
            }
        }
    }

    private void check(Connection c, Candidate candidate) throws SQLException {
        Instant end = candidate.last().occurredAt();
        Instant start = end.minus(WINDOW);
        Count count = count(c, candidate.rule(), candidate.subject(), start, end);
        long threshold = candidate.rule().threshold;
        if (candidate.rule() == Rule.DECRYPTION_SPIKE) {
            long usualPerWindow = count(c, candidate.rule(), candidate.subject(), start.minus(Duration.ofDays(1)), start)
                    .events() / (Duration.ofDays(1).toMinutes() / WINDOW.toMinutes());
            threshold = Math.max(threshold, 10 * usualPerWindow);
        }
        if (count.events() >= threshold && !raisedSince(c, candidate.rule(), candidate.subject(), start)) {
            raise(c, candidate, count);
        }
    }

    private static Count count(Connection c, Rule rule, String subject, Instant from, Instant to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), MIN(chain_seq), MAX(chain_seq) FROM audit_event"
                + " WHERE " + rule.criterion + " AND occurred_at > ? AND occurred_at <= ? AND chain_seq IS NOT NULL")) {
            ps.setString(1, subject);
            ps.setObject(2, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            ps.setObject(3, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Count(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        }
    }

    private static boolean raisedSince(Connection c, Rule rule, String subject, Instant since) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM security_event WHERE kind = ? AND subject = ? AND detected_at > ?")) {
            ps.setString(1, rule.kind());
            ps.setString(2, subject);
            ps.setObject(3, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    private void raise(Connection c, Candidate candidate, Count count) throws SQLException {
        String kind = candidate.rule().kind();
        boolean mailed = mail(kind, candidate.subject(), count);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO security_event (detected_at, kind, subject, tenant_id,"
                + " event_count, window_secs, first_seq, last_seq, mailed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            ps.setString(2, kind);
            ps.setString(3, candidate.subject());
            ps.setString(4, candidate.last().tenantId());
            ps.setInt(5, (int) count.events());
            ps.setInt(6, (int) WINDOW.toSeconds());
            ps.setLong(7, count.firstSeq());
            ps.setLong(8, count.lastSeq());
            ps.setBoolean(9, mailed);
            ps.executeUpdate();
        }
        LOG.warning(() -> "Security event " + kind + " for " + candidate.subject() + ": " + count.events()
                + " events in " + WINDOW.toMinutes() + " minutes (audit events " + count.firstSeq() + " to "
                + count.lastSeq() + ")");
        audit.record(AuditRecord.of("security.event-raised").actor(ActorType.SYSTEM, null)
                .tenant(candidate.last().tenantId()).target(kind, candidate.subject()).detail("events", count.events())
                .detail("firstSeq", count.firstSeq()).detail("lastSeq", count.lastSeq()));
    }

    private boolean mail(String kind, String subject, Count count) {
        Optional<String> contact = settings.securityContact();
        if (contact.isEmpty()) {
            return false;
        }
        String body = """
                Tresor detected a security event / Tresor hat ein Sicherheitsereignis erkannt.

                Kind / Art: %s
                Subject / Betroffen: %s
                Events / Ereignisse: %d within / innerhalb von %d min
                Audit trail / Audit-Protokoll: events / Ereignisse %d - %d

                Details are on the security events page and in the audit trail.
                Details stehen auf der Seite Sicherheitsereignisse und im Audit-Protokoll.
                """.formatted(kind, subject, count.events(), WINDOW.toMinutes(), count.firstSeq(), count.lastSeq());
        boolean all = true;
        for (String to : contact.get().split(",")) {
            try {
                mailer.send(to.strip(), "Tresor security event: " + kind, body);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The security contact " + to.strip() + " could not be mailed: " + e.getMessage(), e);
                all = false;
            }
        }
        return all;
    }
}
