/**
 * Security events derived from the audit stream: repeated sign-in failures per account and per
 * source, token abuse, reads of personal data far above a person's normal rate. Shown to
 * platform admins and mailed to the security contact.
 */
package io.tresor.application.security;
