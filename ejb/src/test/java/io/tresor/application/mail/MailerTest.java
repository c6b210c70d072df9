package io.tresor.application.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.tresor.application.shared.Settings;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class MailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @TempDir
    Path home;

    private Mailer mailer(Optional<String> smtpHost) {
        Mailer mailer = new Mailer();
        mailer.settings = new Settings() {
            @Override
            public Path home() {
                return home;
            }

            @Override
            public Optional<String> smtpHost() {
                return smtpHost;
            }

            @Override
            public int smtpPort() {
                return ServerSetupTest.SMTP.getPort();
            }

            @Override
            public boolean smtpStartTls() {
                return false;
            }
        };
        return mailer;
    }

    @Test
    void sendsThroughTheConfiguredSmtpServer() throws Exception {
        mailer(Optional.of("127.0.0.1")).send("anna@muster.example", "Einladung / Invitation", "Grüße, Anna");
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("Einladung / Invitation", received[0].getSubject());
        assertTrue(GreenMailUtil.getBody(received[0]).contains("Gr"));
        assertEquals("anna@muster.example", received[0].getAllRecipients()[0].toString());
    }

    @Test
    void withoutSmtpTheMailLandsInTheOutboxAsEml() throws Exception {
        mailer(Optional.empty()).send("bob@muster.example", "Invitation", "Hello Bob");
        List<Path> files;
        try (var listing = Files.list(home.resolve("mail-outbox"))) {
            files = listing.toList();
        }
        assertEquals(1, files.size());
        assertTrue(files.get(0).toString().endsWith(".eml"));
        String eml = Files.readString(files.get(0), StandardCharsets.UTF_8);
        assertTrue(eml.contains("To: bob@muster.example"));
        assertTrue(eml.contains("Hello Bob"));
        assertEquals(0, SMTP.getReceivedMessages().length);
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(files.get(0)),
                "an invitation's link is a credential until it is used");
    }
}
