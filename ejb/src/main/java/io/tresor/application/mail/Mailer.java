package io.tresor.application.mail;

import io.tresor.application.shared.SecretFiles;
import io.tresor.application.shared.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Sends plain-text mail through the SMTP server of {@code TRESOR_SMTP_*}; without one, writes
 * each message as an .eml file to {@code TRESOR_HOME/mail-outbox/}, so invitations work out of
 * the box and can be opened with any mail client.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    Settings settings;

    public void send(String to, String subject, String body) {
        try {
            Session session = session();
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.mailFrom()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            message.setSentDate(java.util.Date.from(Instant.now()));
            if (settings.smtpHost().isPresent()) {
                Transport.send(message);
            } else {
                writeToOutbox(message);
            }
        } catch (MessagingException | IOException e) {
            throw new MailException("The e-mail could not be sent: " + e.getMessage(), e);
        }
    }

    private Session session() {
        Properties props = new Properties();
        if (settings.smtpHost().isEmpty()) {
            return Session.getInstance(props);
        }
        props.put("mail.smtp.host", settings.smtpHost().get());
        props.put("mail.smtp.port", Integer.toString(settings.smtpPort()));
        props.put("mail.smtp.starttls.enable", Boolean.toString(settings.smtpStartTls()));
        props.put("mail.smtp.starttls.required", Boolean.toString(settings.smtpStartTls()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        if (settings.smtpUser().isPresent()) {
            props.put("mail.smtp.auth", "true");
            String user = settings.smtpUser().get();
            String password = settings.smtpPassword().orElse("");
            return Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        }
        return Session.getInstance(props);
    }

    private void writeToOutbox(MimeMessage message) throws IOException, MessagingException {
        Path outbox = settings.home().resolve("mail-outbox");
        Files.createDirectories(outbox);
        Path file = outbox.resolve(Instant.now().toEpochMilli() + "-" + UUID.randomUUID() + ".eml");
        // Owner-only: an invitation's link sets the invitee's password until it is used.
        SecretFiles.createOwnerOnly(file);
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        }
        LOG.info(() -> "No SMTP server configured: mail written to " + file);
    }
}
