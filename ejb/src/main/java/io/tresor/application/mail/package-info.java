/**
 * Outgoing e-mail (invitations, later security alerts and double opt-in): SMTP when
 * configured, otherwise .eml files in the data directory's mail outbox. Any capability may send.
 */
package io.tresor.application.mail;
