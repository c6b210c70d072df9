/**
 * Identity: people who sign in to the portal (passwords, TOTP, recovery codes, throttling),
 * integrator clients with OAuth2 tokens, and the caller principal every service reads.
 * All capabilities depend on its principal and role names; only the web layer calls sign-in.
 */
package io.tresor.application.identity;
