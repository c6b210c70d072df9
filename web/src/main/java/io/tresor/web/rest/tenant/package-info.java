/** The tenant directory for integrators: which tenants a client may know of. */
package io.tresor.web.rest.tenant;
