package io.tresor.systemtest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a real command-line client (openssl, curl) in a directory and keeps what it printed. */
public final class Command {

    private static final long TIMEOUT_SECONDS = 30;

    /** Exit status and the merged standard output and error. */
    public record Result(int exit, String output) {
        public boolean ok() {
            return exit == 0;
        }
    }

    private Command() {
    }

    public static Result run(Path dir, String... command) {
        return run(dir, List.of(command));
    }

    public static Result run(Path dir, List<String> command) {
        try {
            Path transcript = Files.createTempFile("tresor-command-", ".txt");
            try {
                Process process = new ProcessBuilder(command).directory(dir == null ? null : dir.toFile())
                        .redirectErrorStream(true).redirectOutput(transcript.toFile()).start();
                // Closed stdin: clients such as s_client end instead of waiting for input.
                process.getOutputStream().close();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(command.get(0) + " did not finish within " + TIMEOUT_SECONDS + " s: " + command);
                }
                return new Result(process.exitValue(), Files.readString(transcript, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(transcript);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }
}
