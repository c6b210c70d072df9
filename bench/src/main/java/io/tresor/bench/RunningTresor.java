package io.tresor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Tresor started by its own launcher ({@code tresor run --demo}) in a data directory of the
 * benchmark's, so that a benchmark measures the application as users get it.
 */
final class RunningTresor implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Path launcher;
    private final Path home;
    private final Map<String, String> environment;
    private Process process;

    RunningTresor(Path launcher, Path home, Map<String, String> environment) {
        this.launcher = launcher;
        this.home = home;
        this.environment = environment;
    }

    /** The launcher in the repository this benchmark was started from (the root or the bench module). */
    static Path launcher() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir : List.of(here, here.getParent())) {
            if (dir != null && Files.isExecutable(dir.resolve("tresor"))) {
                return dir.resolve("tresor");
            }
        }
        throw new IllegalStateException("Run the benchmark from the repository: no ./tresor found from " + here);
    }

    void start() throws IOException, InterruptedException {
        Path log = home.resolve("launcher-" + System.nanoTime() + ".log");
        Files.createDirectories(home);
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "run", "--demo")
                .directory(launcher.getParent().toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("TRESOR_HOME", home.toString());
        builder.environment().putAll(environment);
        process = builder.start();
        process.getOutputStream().close();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!Files.readString(log, StandardCharsets.UTF_8).contains("Tresor is running")) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Tresor did not start; see " + log);
            }
            Thread.sleep(1000);
        }
    }

    /** SIGTERM to the launcher, which stops Payara; waits for both. */
    void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        process.waitFor(2, TimeUnit.MINUTES);
        for (ProcessHandle child : children) {
            child.onExit().completeOnTimeout(child, 2, TimeUnit.MINUTES).join();
        }
        process = null;
    }

    Path home() {
        return home;
    }

    String credential(String key) throws IOException {
        return Files.readAllLines(home.resolve("initial-credentials.txt")).stream()
                .filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + key + " in the initial credentials"));
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
