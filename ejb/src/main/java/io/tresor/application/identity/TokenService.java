package io.tresor.application.identity;

import io.tresor.application.shared.TresorPrincipal;
import java.util.Optional;

/**
 * OAuth2 client credentials for integrators: issues short-lived ES256 JWTs, verifies them,
 * publishes the public keys. Public by design: it is how callers authenticate.
 */
public interface TokenService {

    /** An issued access token and what it grants. */
    record IssuedToken(String accessToken, long expiresInSeconds, String scope) {
    }

    /**
     * Authenticates a client and issues a token for the requested scopes (all of the
     * client's scopes when none are requested).
     *
     * @throws TokenRequestException when the client, its secret, its address or the scope is refused
     */
    IssuedToken issue(String clientId, String clientSecret, String requestedScope, String sourceAddress)
            throws TokenRequestException;

    /** The verified caller of a bearer token, or empty for any token that must not be trusted. */
    Optional<TresorPrincipal> verify(String jwt);

    /**
     * Verifies a bearer token and applies the client's current policy (still enabled,
     * address allow-list, rate limit), which may have changed since the token was issued.
     */
    ApiAccess authorize(String jwt, String sourceAddress);

    /** The public keys that verify current tokens, as a JWKS document. */
    String jwks();

    /** Makes sure a signing key exists before the first token: resource servers may fetch the JWKS at their own start. */
    void ensureSigningKey();
}
