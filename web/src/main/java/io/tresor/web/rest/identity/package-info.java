/** OAuth2 token endpoint and the caller's own identity (/me) for integrators. */
package io.tresor.web.rest.identity;
