package io.tresor.systemtest.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.systemtest.portal.Portal;
import io.tresor.systemtest.support.Api;
import io.tresor.systemtest.support.LauncherProcess;
import io.tresor.systemtest.support.MailOutbox;
import io.tresor.systemtest.support.TresorServer;
import jakarta.json.JsonObject;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A second Tresor beside the suite's, started once for this class by the launcher with settings
 * the suite's server does not have: a public URL under another host name, no checkpoints by
 * count, and the embedded database (read afterwards, once the server has let go of it). One
 * start serves all tests, because a start costs a minute; the last test is the shutdown, which
 * is why the order is fixed. Each test still proves its own behaviour and can run alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecondServerIT {

    private static final int HTTPS_PORT = 9643;
    /** As operators write it, with a trailing slash; Tresor uses it without. */
    private static final String PUBLIC_URL = "https://tresor.example.test:" + HTTPS_PORT + "/";
    private static final String ISSUER = "https://tresor.example.test:" + HTTPS_PORT;
    private static final int REFUSED_REQUESTS = 5;

    private final Path home = Path.of("target", "second-server-home").toAbsolutePath();
    private LauncherProcess launcher;
    private Properties credentials;

    @BeforeAll
    void start() throws Exception {
        Path root = Path.of(System.getProperty("tresor.root", "..")).toAbsolutePath().normalize();
        TresorServer.deleteRecursively(home);
        launcher = LauncherProcess.start(root.resolve("tresor"), home,
                Path.of("target", "second-server.log").toAbsolutePath(), Map.of(
                        "TRESOR_HTTPS_PORT", Integer.toString(HTTPS_PORT),
                        "TRESOR_HTTP_PORT", "9280",
                        "TRESOR_PUBLIC_URL", PUBLIC_URL,
                        // The embedded database even when the suite runs on PostgreSQL: not the suite's database.
                        "TRESOR_DB_URL", "",
                        // No checkpoint by count: the only one is the one written at shutdown.
                        "TRESOR_AUDIT_CHECKPOINT_EVERY", "1000000"));
        awaitReady(launcher);
        credentials = new Properties();
        try (Reader in = Files.newBufferedReader(home.resolve("initial-credentials.txt"), StandardCharsets.UTF_8)) {
            credentials.load(in);
        }
    }

    @AfterAll
    void stopIfStillRunning() {
        // Only when the shutdown test did not get to stop it (a failure before, or a test run alone).
        if (launcher != null) {
            launcher.stop(Duration.ofMinutes(2));
        }
    }

    private URI localBase() {
        return URI.create("https://localhost:" + HTTPS_PORT);
    }

    @Test
    @Order(1)
    void integratorTokensNameThePublicUrlAsIssuerAndAreAccepted() {
        Api api = Api.pinnedTo(localBase(), home);
        String token = api.token(credentials.getProperty("demo.customer.integrator.client_id"),
                credentials.getProperty("demo.customer.integrator.client_secret"));
        JsonObject claims = Api.json(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        assertEquals(ISSUER, claims.getString("iss"));
        assertEquals(200, api.get("/api/v1/me", token).statusCode(), "the server accepts its own issuer");
    }

    @Test
    @Order(2)
    void invitationMailsLinkToThePublicUrl() {
        String email = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@behind-a-proxy.example";
        try (Portal admin = Portal.open(localBase())) {
            admin.firstSignInWithTotp(credentials.getProperty("platform.admin.username"),
                    credentials.getProperty("platform.admin.password"), Portal.newPassword("platform-admin"));
            admin.go("/portal/admin/tenants.xhtml");
            admin.type("create:name", "Hinter Proxy GmbH " + UUID.randomUUID().toString().substring(0, 8));
            admin.type("create:adminName", "Paula Proxy");
            admin.type("create:adminEmail", email);
            admin.ajax("create:submit");
        }
        String link = MailOutbox.link(MailOutbox.awaitMailTo(home, email, Duration.ofSeconds(20)));
        assertTrue(link.startsWith(ISSUER + "/invitation.xhtml?token="), link);
    }

    /**
     * A clean shutdown loses no audit event: what was committed just before SIGTERM is chained,
     * and the last checkpoint is signed at the head of the chain.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void aCleanShutdownChainsEveryEventAndSignsACheckpointAtTheHead() throws Exception {
        boolean stoppedByItself;
        try {
            // Refused token requests, each audited in its own committed transaction, right before the stop.
            String wrongCredentials = "nobody:" + UUID.randomUUID();
            for (int i = 0; i < REFUSED_REQUESTS; i++) {
                Process curl = new ProcessBuilder("curl", "-sk", "-o", "/dev/null", "-u", wrongCredentials,
                        "-d", "grant_type=client_credentials", localBase() + "/api/v1/oauth/token").start();
                assertTrue(curl.waitFor(30, TimeUnit.SECONDS) && curl.exitValue() == 0, "the token endpoint answered");
            }
        } finally {
            stoppedByItself = launcher.stop(Duration.ofMinutes(2));
            launcher = null;
        }
        assertTrue(stoppedByItself, "Tresor stops by itself within two minutes of SIGTERM");

        String password = Files.readString(home.resolve("db/h2.password"), StandardCharsets.UTF_8).strip();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db/tresor") + ";ACCESS_MODE_DATA=r",
                "tresor", password)) {
            assertEquals(0, number(c, "SELECT COUNT(*) FROM audit_event WHERE chain_seq IS NULL"), "every event is chained");
            long head = number(c, "SELECT last_seq FROM audit_chain_head WHERE id = 1");
            assertTrue(head > 0);
            assertEquals(head, number(c, "SELECT MAX(chain_seq) FROM audit_checkpoint"), "a checkpoint signed at the head");
            assertEquals(REFUSED_REQUESTS, number(c, "SELECT COUNT(*) FROM audit_event WHERE action = 'token.issued'"
                    + " AND outcome <> 'SUCCESS'"), "every refused request of the last moments is in the trail");
        }
    }

    private static void awaitReady(LauncherProcess launcher) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (!launcher.saidReady()) {
            assertFalse(launcher.awaitExit(Duration.ofSeconds(1)), "the launcher ended before it was ready:\n"
                    + launcher.logTail());
            assertTrue(Instant.now().isBefore(deadline), "not ready within five minutes; see " + launcher.log());
        }
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
