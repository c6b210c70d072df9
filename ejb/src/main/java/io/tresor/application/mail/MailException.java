package io.tresor.application.mail;

/** A mail could not be handed to the SMTP server or written to the outbox; the caller's transaction rolls back. */
public class MailException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}
