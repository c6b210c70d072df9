/** Public well-known documents (RFC 8615), such as the JWKS that verifies integrator tokens. */
package io.tresor.web.wellknown;
