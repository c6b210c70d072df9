package io.tresor.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * Handed to {@code SecurityContext.authenticate} by the sign-in pages once password and
 * second factor have been checked; only server code can construct it.
 */
public record SignedIn(SessionIdentity identity) implements Credential {
}
