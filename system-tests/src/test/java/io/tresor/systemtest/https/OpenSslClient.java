package io.tresor.systemtest.https;

import io.tresor.systemtest.support.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TLS handshakes with {@code openssl s_client}: unlike the JDK's client it can offer exactly
 * one protocol version or cipher suite, including the ones a server must refuse.
 */
final class OpenSslClient {

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
        return parse(Command.run(null, command).output());
    }

    private static Handshake parse(String output) {
        Matcher session = SESSION.matcher(output);
        boolean found = session.find();
        return new Handshake(found ? session.group(1) : null, found ? session.group(2) : null,
                CLIENT_REFUSAL.matcher(output).find(), output);
    }
}
