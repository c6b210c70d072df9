package io.tresor.systemtest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One run of {@code tresor run --demo} as a child process, its output in a log file. Knows how
 * to tell that the launcher reported success and how to stop it and everything it started.
 */
public final class LauncherProcess {

    private static final String READY_LINE = "Tresor is running";
    private static final int TAIL_LINES = 60;

    private final Process process;
    private final Path log;

    private LauncherProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the launcher with TRESOR_HOME set and the rest of this JVM's environment passed through. */
    static LauncherProcess start(Path script, Path home, Path log) {
        return start(script, home, log, Map.of());
    }

    /**
     * The same with some of the environment changed: each entry is set, or removed where its
     * value is empty (a second server on the embedded database, other ports, other settings).
     */
    public static LauncherProcess start(Path script, Path home, Path log, Map<String, String> changes) {
        ProcessBuilder builder = new ProcessBuilder(script.toString(), "run", "--demo")
                .directory(script.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // Passing the environment through is what lets TRESOR_DB_URL select PostgreSQL.
        builder.environment().put("TRESOR_HOME", home.toString());
        // Signed audit checkpoints after a few events, so tests see some without producing a thousand.
        builder.environment().putIfAbsent("TRESOR_AUDIT_CHECKPOINT_EVERY", "10");
        // The SIEM file export, which the audit tests read like a SIEM would.
        builder.environment().putIfAbsent("TRESOR_SIEM_JSONL_FILE", home.resolve("siem").resolve("audit.jsonl").toString());
        builder.environment().putIfAbsent("TRESOR_SECURITY_CONTACT", "security@vakuumwerk.example");
        changes.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        try {
            Process process = builder.start();
            // Nothing reads stdin; closing it keeps any future prompt from hanging the suite.
            process.getOutputStream().close();
            return new LauncherProcess(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + script, e);
        }
    }

    public Path log() {
        return log;
    }

    /** Whether the launcher printed its success line, which it does only after its own probes passed. */
    public boolean saidReady() {
        return logText().contains(READY_LINE);
    }

    /** Waits up to the given time for the launcher to end; true if it has ended. */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public int exitValue() {
        return process.exitValue();
    }

    public String logTail() {
        List<String> lines = Arrays.asList(logText().split("\n"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }

    /**
     * SIGTERM to the launcher, whose trap stops Payara and waits for it; whatever is still
     * running at the deadline is killed.
     *
     * @return true if everything ended by itself
     */
    public boolean stop(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        // Taken before the launcher ends: afterwards Payara's JVM is no longer its descendant.
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        boolean clean = awaitExit(process.toHandle(), deadline);
        for (ProcessHandle child : children) {
            clean &= awaitExit(child, deadline);
        }
        return clean;
    }

    private static boolean awaitExit(ProcessHandle process, Instant deadline) {
        try {
            long left = Math.max(Duration.between(Instant.now(), deadline).toMillis(), 0);
            process.onExit().get(left, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    private String logText() {
        try {
            // new String(...) replaces malformed bytes; a strict decoder would make one odd byte hide the ready line.
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
