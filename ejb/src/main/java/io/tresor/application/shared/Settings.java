package io.tresor.application.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Every setting Tresor reads, in one place: system properties (set by the launcher) first,
 * then environment variables. Secrets are only ever read from the environment or files in
 * the data directory, never from the repository. The README's configuration table mirrors this.
 */
@ApplicationScoped
public class Settings {

    /** Data directory: H2 database, keystores, initial credentials, mail outbox. */
    public Path home() {
        return Path.of(value("tresor.home", "TRESOR_HOME").orElse("data")).toAbsolutePath();
    }

    /**
     * The database role that owns the schema and runs the migrations (PostgreSQL). The application
     * itself connects as a role that owns nothing, so that row-level security binds it; unset,
     * the migrations run as the application's role, which then owns the tables (a warning says so).
     */
    public Optional<String> databaseOwnerUser() {
        return value("tresor.db.owner-user", "TRESOR_DB_OWNER_USER");
    }

    /** The owner role's password; empty for trust authentication. */
    public String databaseOwnerPassword() {
        return value("tresor.db.owner-password", "TRESOR_DB_OWNER_PASSWORD").orElse("");
    }

    /** Whether the first start loads demo tenants, users and integrator clients. */
    public boolean demo() {
        return value("tresor.demo", "TRESOR_DEMO").map(Boolean::parseBoolean).orElse(false);
    }

    /**
     * Public base URL, as clients reach Tresor (behind a proxy or under a real host name); it is
     * the token issuer and the base of links in e-mails. Without a trailing slash, so that
     * {@code https://tresor.example.com/} does not become an issuer of its own or give links a {@code //}.
     */
    public String publicUrl() {
        return value("tresor.public-url", "TRESOR_PUBLIC_URL").orElse("https://localhost:8443").replaceAll("/+$", "");
    }

    /** Audience every integrator token is issued for and checked against. */
    public String tokenAudience() {
        return value("tresor.token.audience", "TRESOR_TOKEN_AUDIENCE").orElse("tresor-api");
    }

    /** Lifetime of integrator tokens; DESIGN.md caps it at 15 minutes. */
    public Duration tokenLifetime() {
        Duration wanted = value("tresor.token.lifetime-seconds", "TRESOR_TOKEN_LIFETIME_SECONDS")
                .map(Long::parseLong).map(Duration::ofSeconds).orElse(Duration.ofMinutes(10));
        return wanted.compareTo(Duration.ofMinutes(15)) > 0 ? Duration.ofMinutes(15) : wanted;
    }

    /** How long one signing key signs before the next one takes over. */
    public Duration signingKeyRotation() {
        return value("tresor.token.key-rotation-hours", "TRESOR_TOKEN_KEY_ROTATION_HOURS")
                .map(Long::parseLong).map(Duration::ofHours).orElse(Duration.ofHours(24));
    }

    /** Password of the master keystore; generated into the data directory when unset. */
    public Optional<String> masterKeyPassword() {
        return value("tresor.master-key.password", "TRESOR_MASTER_KEY_PASSWORD");
    }

    /** A SunPKCS11 configuration file: the master key then lives in that HSM, its PIN is the master key password. */
    public Optional<String> masterKeyPkcs11Config() {
        return value("tresor.master-key.pkcs11-config", "TRESOR_MASTER_KEY_PKCS11_CONFIG");
    }

    /** How long unwrapped data keys stay in memory; short, because shredding on another node ends only here. */
    public Duration keyCacheTtl() {
        return Duration.ofSeconds(Long.parseLong(value("tresor.key-cache.seconds", "TRESOR_KEY_CACHE_SECONDS").orElse("300")));
    }

    /** How long a device certificate is valid; renewal comes before the end. */
    public Duration deviceCertificateValidity() {
        return Duration.ofDays(Long.parseLong(value("tresor.device.certificate-days", "TRESOR_DEVICE_CERTIFICATE_DAYS")
                .orElse("365")));
    }

    /**
     * How far ahead a device-key token (symmetric enrollment groups) may expire; a device makes
     * one just before it connects, so a longer-lived token is refused as a stolen-token risk.
     */
    public Duration deviceTokenMaxLifetime() {
        return Duration.ofSeconds(Long.parseLong(value("tresor.device.token-max-seconds", "TRESOR_DEVICE_TOKEN_MAX_SECONDS")
                .orElse("3600")));
    }

    /** A signed audit checkpoint after this many events (and always at shutdown). */
    public int auditCheckpointEvery() {
        return Integer.parseInt(value("tresor.audit.checkpoint-every", "TRESOR_AUDIT_CHECKPOINT_EVERY").orElse("1000"));
    }

    /** SIEM export as RFC 5424 syslog over TCP to host:port; empty: no syslog export. */
    public Optional<String> siemSyslog() {
        return value("tresor.siem.syslog", "TRESOR_SIEM_SYSLOG");
    }

    /** Whether the syslog connection uses TLS (RFC 5425); the server certificate must be trusted by the JVM. */
    public boolean siemSyslogTls() {
        return Boolean.parseBoolean(value("tresor.siem.syslog-tls", "TRESOR_SIEM_SYSLOG_TLS").orElse("false"));
    }

    /** SIEM export as a JSON Lines file that grows with the trail; empty: no file export. */
    public Optional<String> siemJsonlFile() {
        return value("tresor.siem.jsonl-file", "TRESOR_SIEM_JSONL_FILE");
    }

    /** Who is mailed about security events (comma-separated addresses); empty: shown in the portal only. */
    public Optional<String> securityContact() {
        return value("tresor.security-contact", "TRESOR_SECURITY_CONTACT");
    }

    public Optional<String> smtpHost() {
        return value("tresor.smtp.host", "TRESOR_SMTP_HOST");
    }

    public int smtpPort() {
        return value("tresor.smtp.port", "TRESOR_SMTP_PORT").map(Integer::parseInt).orElse(587);
    }

    public Optional<String> smtpUser() {
        return value("tresor.smtp.user", "TRESOR_SMTP_USER");
    }

    public Optional<String> smtpPassword() {
        return value("tresor.smtp.password", "TRESOR_SMTP_PASSWORD");
    }

    /** STARTTLS is required unless explicitly switched off (e.g. a local test server). */
    public boolean smtpStartTls() {
        return value("tresor.smtp.starttls", "TRESOR_SMTP_STARTTLS").map(Boolean::parseBoolean).orElse(true);
    }

    public String mailFrom() {
        return value("tresor.mail.from", "TRESOR_MAIL_FROM").orElse("tresor@localhost");
    }

    /** Zone in which the portal shows times; most customers are in Germany. */
    public java.time.ZoneId timeZone() {
        return java.time.ZoneId.of(value("tresor.time-zone", "TRESOR_TIME_ZONE").orElse("Europe/Berlin"));
    }

    private static Optional<String> value(String property, String env) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }
}
