package io.tresor.systemtest.https;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TLS handshakes with {@code openssl s_client}: unlike the JDK's client it can offer exactly
 * one protocol version or cipher suite, including the ones a server must refuse.
 */
final class OpenSslClient {

    private static final long TIMEOUT_SECONDS = 30;
    private static final Pattern SESSION = Pattern.compile("New, (\\S+), Cipher is (\\S+)");
    /** What OpenSSL prints when it cannot even offer what it was asked for; then nothing reached the server. */
    private static final Pattern CLIENT_REFUSAL = Pattern.compile("no protocols available|no cipher(s available| match)");

    private OpenSslClient() {
    }

    /** The outcome of one handshake; the transcript is for failure messages. */
    record Handshake(String protocol, String cipher, boolean clientCouldNotOffer, String transcript) {

        boolean established() {
            return cipher != null && !"(NONE)".equals(cipher);
        }
    }

    static Handshake handshake(int port, String... options) {
        List<String> command = new ArrayList<>(List.of("openssl", "s_client", "-connect", "localhost:" + port,
                "-servername", "localhost"));
        command.addAll(List.of(options));
        try {
            Path transcript = Files.createTempFile("tresor-s_client-", ".txt");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(transcript.toFile()).start();
                // Closed stdin makes s_client end right after the handshake instead of waiting for input.
                process.getOutputStream().close();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("openssl did not finish within " + TIMEOUT_SECONDS + " s: " + command);
                }
                return parse(Files.readString(transcript, StandardCharsets.UTF_8));
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

    private static Handshake parse(String output) {
        Matcher session = SESSION.matcher(output);
        boolean found = session.find();
        return new Handshake(found ? session.group(1) : null, found ? session.group(2) : null,
                CLIENT_REFUSAL.matcher(output).find(), output);
    }
}
