/**
 * Public well-known documents and protocols (RFC 8615): the JWKS that verifies integrator
 * tokens, and EST (RFC 7030) for devices that enroll with standard clients.
 */
package io.tresor.web.wellknown;
