package io.tresor.systemtest.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
        deleteTree(home);
        Path log = Path.of("target", "shutdown.log").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(root.resolve("tresor").toString(), "run", "--demo")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("TRESOR_HOME", home.toString());
        builder.environment().put("TRESOR_HTTPS_PORT", "9643");
        builder.environment().put("TRESOR_HTTP_PORT", "9280");
        // The embedded database even when the suite runs on PostgreSQL: this server must not share the suite's.
        builder.environment().remove("TRESOR_DB_URL");
        // No checkpoint by count: the only one is the one written at shutdown.
        builder.environment().put("TRESOR_AUDIT_CHECKPOINT_EVERY", "1000000");
        Process launcher = builder.start();
        launcher.getOutputStream().close();
        try {
            awaitReady(launcher, log);
            // Refused token requests, each audited in its own committed transaction, right before the stop.
            for (int i = 0; i < REFUSED_REQUESTS; i++) {
                Process curl = new ProcessBuilder("curl", "-sk", "-o", "/dev/null", "-u", "nobody:wrong",
                        "-d", "grant_type=client_credentials", "https://localhost:9643/api/v1/oauth/token").start();
                assertTrue(curl.waitFor(30, TimeUnit.SECONDS) && curl.exitValue() == 0, "the token endpoint answered");
            }
            launcher.destroy();
            assertTrue(launcher.waitFor(120, TimeUnit.SECONDS), "the launcher stops within two minutes");
            for (ProcessHandle child : launcher.descendants().toList()) {
                child.onExit().get(60, TimeUnit.SECONDS);
            }
        } finally {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }

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

    private static void awaitReady(Process launcher, Path log) throws IOException, InterruptedException {
        for (Instant deadline = Instant.now().plus(Duration.ofMinutes(5)); Instant.now().isBefore(deadline); ) {
            String output = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            if (output.contains("Tresor is running")) {
                return;
            }
            assertTrue(launcher.isAlive(), "the launcher ended before it was ready:\n" + output);
            Thread.sleep(1000);
        }
        throw new AssertionError("Tresor did not become ready within five minutes; see " + log);
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
