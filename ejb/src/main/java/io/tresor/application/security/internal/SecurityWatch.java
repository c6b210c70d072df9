package io.tresor.application.security.internal;

import io.tresor.application.audit.ActorType;
import io.tresor.application.shared.TenantData;
import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditAction;
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

    /** What subject an event is counted for: the column of the trail and the same value of a delivered event. */
    enum Subject {
        TARGET("target_id", EventView::targetId), SOURCE("source", EventView::source), ACTOR("actor_id", EventView::actorId);

        final String column;
        final Function<EventView, String> value;

        Subject(String column, Function<EventView, String> value) {
            this.column = column;
            this.value = value;
        }
    }

    /**
     * What is counted (an action of the catalogue, its failures only or all of it), about whom,
     * from how many on. The SQL criterion and the match of a delivered event are both made from
     * these, so they cannot disagree.
     */
    enum Rule {
        SIGN_IN_FAILURES_ACCOUNT(AuditAction.SIGN_IN, true, Subject.TARGET, 5),
        SIGN_IN_FAILURES_SOURCE(AuditAction.SIGN_IN, true, Subject.SOURCE, 20),
        TOKEN_ABUSE(AuditAction.TOKEN_ISSUED, true, Subject.TARGET, 10),
        DECRYPTION_SPIKE(AuditAction.PERSONAL_DATA_READ, false, Subject.ACTOR, 50);

        final AuditAction action;
        final boolean failuresOnly;
        final Subject by;
        final int threshold;
        /** With the action and the subject as parameters 1 and 2. */
        final String criterion;

        Rule(AuditAction action, boolean failuresOnly, Subject by, int threshold) {
            this.action = action;
            this.failuresOnly = failuresOnly;
            this.by = by;
            this.threshold = threshold;
            this.criterion = "action = ?" + (failuresOnly ? " AND outcome <> 'SUCCESS'" : "") + " AND " + by.column + " = ?";
        }

        Optional<String> subject(EventView e) {
            boolean counted = action.value().equals(e.action()) && !(failuresOnly && "SUCCESS".equals(e.outcome()));
            return counted ? Optional.ofNullable(by.value.apply(e)) : Optional.empty();
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
                rule.subject(e).ifPresent(s -> candidates.put(rule + "|" + s, new Candidate(rule, s, e)));
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
            ps.setString(1, rule.action.value());
            ps.setString(2, subject);
            ps.setObject(3, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            ps.setObject(4, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
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
        audit.record(AuditRecord.of(AuditAction.SECURITY_EVENT_RAISED).actor(ActorType.SYSTEM, null)
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
