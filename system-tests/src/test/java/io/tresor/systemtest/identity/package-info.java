/**
 * Integrator identity as a client sees it from outside: the OAuth2 token endpoint, the tokens
 * it issues, the JWKS they verify against, and the refusal of every forged or altered token.
 * Depends only on the support package.
 */
package io.tresor.systemtest.identity;
