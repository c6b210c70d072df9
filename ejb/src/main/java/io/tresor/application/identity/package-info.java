/**
 * Identity: people who sign in to the portal (passwords, TOTP, recovery codes, throttling),
 * integrator clients with OAuth2 tokens, invitations, and the role names every service
 * checks. The caller principal is in {@code application.shared}; only the web layer calls
 * sign-in.
 */
package io.tresor.application.identity;
