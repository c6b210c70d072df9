/**
 * The integrator API under /api/v1: the JAX-RS application, scope checks and the mapping of
 * every error to application/problem+json. Capability resources live in sub-packages.
 */
package io.tresor.web.rest;
