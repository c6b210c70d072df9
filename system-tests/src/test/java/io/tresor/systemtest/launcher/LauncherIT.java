package io.tresor.systemtest.launcher;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Payara Micro prints "ready" even when the application failed to deploy; the launcher must
 * not believe it. Started on ports of its own, beside the suite's server.
 */
class LauncherIT {

    @Test
    void failedDeploymentEndsTheLauncherWithAnErrorAndNonZeroExit() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("tresor.root", "..")).toAbsolutePath().normalize();
        Path home = Path.of("target", "launcher-failure-home").toAbsolutePath();
        Path log = Path.of("target", "launcher-failure.log").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(root.resolve("tresor").toString(), "run")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("TRESOR_HOME", home.toString());
        builder.environment().put("TRESOR_HTTPS_PORT", "9543");
        builder.environment().put("TRESOR_HTTP_PORT", "9180");
        // A database that does not exist: the application cannot start, Payara itself can.
        builder.environment().put("TRESOR_DB_URL", "jdbc:postgresql://127.0.0.1:5432/missing_" + UUID.randomUUID().toString().replace("-", ""));
        builder.environment().put("TRESOR_DB_USER", "postgres");
        builder.environment().put("TRESOR_DB_PASSWORD", "");
        builder.environment().put("TRESOR_START_TIMEOUT", "240");
        Process launcher = builder.start();
        try {
            assertTrue(launcher.waitFor(300, TimeUnit.SECONDS), "the launcher gives up by itself");
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertNotEquals(0, launcher.exitValue(), output);
            assertTrue(output.contains("tresor: the deployment failed"), output);
            assertTrue(output.contains("SEVERE") || output.contains("Exception"), "the error is shown");
            assertTrue(!output.contains("Tresor is running"), "never claims to run");
        } finally {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }
}
