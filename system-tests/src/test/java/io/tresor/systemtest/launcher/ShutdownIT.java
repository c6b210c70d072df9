package io.tresor.systemtest.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.systemtest.support.LauncherProcess;
import io.tresor.systemtest.support.TresorServer;
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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A clean shutdown loses no audit event: what was committed just before SIGTERM is chained,
 * and the last checkpoint is signed at the head of the chain. A server of its own on the
 * embedded database (read afterwards, once the server has let go of it), beside the suite's.
 */
class ShutdownIT {

    private static final int REFUSED_REQUESTS = 5;

    @Test
    void aCleanShutdownChainsEveryEventAndSignsACheckpointAtTheHead() throws Exception {
        Path root = Path.of(System.getProperty("tresor.root", "..")).toAbsolutePath().normalize();
        Path home = Path.of("target", "shutdown-home").toAbsolutePath();
        TresorServer.deleteRecursively(home);
        LauncherProcess launcher = LauncherProcess.start(root.resolve("tresor"), home,
                Path.of("target", "shutdown.log").toAbsolutePath(), Map.of(
                        "TRESOR_HTTPS_PORT", "9643",
                        "TRESOR_HTTP_PORT", "9280",
                        // The embedded database even when the suite runs on PostgreSQL: not the suite's database.
                        "TRESOR_DB_URL", "",
                        // No checkpoint by count: the only one is the one written at shutdown.
                        "TRESOR_AUDIT_CHECKPOINT_EVERY", "1000000"));
        boolean stoppedByItself;
        try {
            awaitReady(launcher);
            // Refused token requests, each audited in its own committed transaction, right before the stop.
            String wrongCredentials = "nobody:" + UUID.randomUUID();
            for (int i = 0; i < REFUSED_REQUESTS; i++) {
                Process curl = new ProcessBuilder("curl", "-sk", "-o", "/dev/null", "-u", wrongCredentials,
                        "-d", "grant_type=client_credentials", "https://localhost:9643/api/v1/oauth/token").start();
                assertTrue(curl.waitFor(30, TimeUnit.SECONDS) && curl.exitValue() == 0, "the token endpoint answered");
            }
        } finally {
            stoppedByItself = launcher.stop(Duration.ofMinutes(2));
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
