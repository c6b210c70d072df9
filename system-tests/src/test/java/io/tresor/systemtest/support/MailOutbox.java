package io.tresor.systemtest.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * The mails Tresor wrote to {@code TRESOR_HOME/mail-outbox} (no SMTP server is configured in
 * the system tests), read as a mail client would read the .eml files.
 */
public final class MailOutbox {

    private MailOutbox() {
    }

    /** Waits for the mail to this address and returns its text body. */
    public static String awaitMailTo(String address, Duration timeout) {
        return awaitMailTo(TresorServer.home(), address, timeout);
    }

    /** The same for the Tresor with this data directory (a server a test starts for itself). */
    public static String awaitMailTo(Path tresorHome, String address, Duration timeout) {
        Path dir = tresorHome.resolve("mail-outbox");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> body = find(dir, address);
            if (body.isPresent()) {
                return body.get();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No mail to " + address + " in " + dir + " within " + timeout);
    }

    /** The first https link in a mail body. */
    public static String link(String body) {
        Matcher m = Pattern.compile("https://\\S+").matcher(body);
        if (!m.find()) {
            throw new AssertionError("No link in the mail:\n" + body);
        }
        return m.group();
    }

    private static Optional<String> find(Path dir, String address) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
                    if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
                        return Optional.of(message.getContent().toString());
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException("Unreadable mail in the outbox", e);
        }
    }
}
