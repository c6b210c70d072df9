/**
 * The integrator API under /api/v1: the JAX-RS application, the scope filter, JSON-B binding of
 * the contract's records, the OpenAPI contract's last touches, and the mapping of every error to
 * application/problem+json. Capability resources and their records live in sub-packages; only
 * the REST channel depends on this package.
 */
package io.tresor.web.rest;
